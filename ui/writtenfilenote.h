#pragma once

#include <QString>
#include <QWidget>

class ElidedLabel;
class QPushButton;

// Where an export went, with Open folder: whoever writes a file next attaches or opens it, and
// a path alone leaves them looking for it. Hidden until something is written.
class WrittenFileNote final : public QWidget
{
    Q_OBJECT

public:
    explicit WrittenFileNote(QWidget *parent = nullptr);

    // `message` names what was written and where; Open folder opens `folder`.
    void showWritten(const QString &message, const QString &folder);
    // A file written: `message`'s %1 becomes the file's name, Open folder opens its folder.
    void showWrittenFile(const QString &message, const QString &path);
    QString text() const;
    QString folder() const { return m_folder; }

private:
    void openFolder() const;

    ElidedLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_close;
    QString m_folder;
};
