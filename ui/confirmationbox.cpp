#include "ui/confirmationbox.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox *openConfirmation(QWidget *parent, const QString &title, const QString &question,
                              const QString &effect, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("changeConfirmation"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *yes = box->addButton(effect, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [yes, confirmed = std::move(confirmed)](QAbstractButton *button) {
                         if (button == yes)
                             confirmed();
                     });
    box->open();
    return box;
}
