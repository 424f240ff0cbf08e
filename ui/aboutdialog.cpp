#include "ui/aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *selectable(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const Files &files, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Chime Admin"));
    auto *title = new QLabel(tr("<b>Chime Admin %1</b>").arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                             this);
    auto *summary = new QLabel(tr("Looks up, inspects and administers the users and accounts of Amazon Chime. "
                                  "Free software under the MIT License."),
                               this);
    summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Qt:"), selectable(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()),
                                                                      QStringLiteral(QT_VERSION_STR)),
                                       QStringLiteral("qtVersion"), this));
    form->addRow(tr("Data folder:"), selectable(QFileInfo(files.journal).absolutePath(),
                                                QStringLiteral("dataFolder"), this));
    form->addRow(tr("Change journal:"), selectable(files.journal, QStringLiteral("journalFile"), this));
    form->addRow(tr("Snapshots:"), selectable(files.snapshots.isEmpty() ? tr("none kept in this session")
                                                                        : files.snapshots,
                                              QStringLiteral("snapshotsFile"), this));
    form->addRow(tr("Settings:"), selectable(files.settings, QStringLiteral("settingsFile"), this));
    form->addRow(tr("Messages:"),
                 selectable(tr("standard error; started from the desktop, the session's journal "
                               "(journalctl --user). QT_LOGGING_RULES=\"chimeadmin.*.debug=true\" adds "
                               "every request, its secrets redacted."),
                            QStringLiteral("messagesWhere"), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}
