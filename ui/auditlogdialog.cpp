#include "ui/auditlogdialog.h"

#include "models/auditlogmodel.h"
#include "models/csvwriter.h"
#include "ui/csvfiledialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(AuditLogModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(980, 480);
    reload();
}

void AuditLogDialog::reload()
{
    QString error;
    if (!m_model->reload(&error)) {
        m_note->setText(error);
        return;
    }
    QString note = tr("%n change(s) recorded.", nullptr, m_model->rowCount());
    if (m_model->unreadableLines() > 0)
        note += QLatin1Char(' ') + tr("%n line(s) of the log could not be read.", nullptr,
                                      m_model->unreadableLines());
    m_note->setText(note);
    m_view->resizeColumnsToContents();
}

void AuditLogDialog::exportCsv()
{
    CsvFileDialog::askForPath(this, tr("Export audit log"), [this](const QString &path) {
        QList<int> columns;
        for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
            columns.append(column);
        QString error;
        if (!CsvWriter::writeFile(path, *m_model, columns, &error))
            m_note->setText(tr("Could not write %1: %2").arg(path, error));
    });
}
