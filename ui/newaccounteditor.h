#pragma once

#include "ui/accountvalueeditor.h"

#include <QSet>

class QLineEdit;

// A new Team account's name, one no account has yet: a lost answer is settled by looking the
// name up, which a second account of that name would make ambiguous.
class NewAccountEditor final : public AccountValueEditor
{
    Q_OBJECT

public:
    explicit NewAccountEditor(QSet<QString> takenNames, QWidget *parent = nullptr);

    QString value() const override;
    void startFrom(const QString &value) override;
    QString problem() const override;
    QString targetKey() const override;

private:
    QSet<QString> m_takenNames;
    QLineEdit *m_name;
};
