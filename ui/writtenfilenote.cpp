#include "ui/writtenfilenote.h"

#include "ui/elidedlabel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

using namespace Qt::StringLiterals;

WrittenFileNote::WrittenFileNote(QWidget *parent)
    : QWidget(parent)
    , m_text(new ElidedLabel(Qt::ElideMiddle, this))
    , m_open(new QPushButton(tr("Open folder"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"writtenFileNote"_s);
    m_text->setObjectName(u"writtenFileText"_s);
    m_open->setObjectName(u"openWrittenFolder"_s);
    // One line, whatever the length: a note that wrapped would push the window's contents up.
    // Elided in the middle, so that the file's name at its end still shows.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    m_close->setAccessibleName(tr("Dismiss"));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_open, &QPushButton::clicked, this, &WrittenFileNote::openFolder);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    hide();
}

void WrittenFileNote::showWritten(const QString &message, const QString &folder)
{
    m_folder = folder;
    m_text->setFullText(message);
    m_text->setToolTip(u"%1\n%2"_s.arg(message, QDir::toNativeSeparators(folder)));
    m_open->setAccessibleDescription(folder);
    show();
}

void WrittenFileNote::showWrittenFile(const QString &message, const QString &path)
{
    const QFileInfo file(path);
    showWritten(message.arg(file.fileName()), file.absolutePath());
}

QString WrittenFileNote::text() const
{
    return m_text->fullText();
}

void WrittenFileNote::openFolder() const
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}
