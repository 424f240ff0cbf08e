#pragma once

#include <QString>
#include <QWidget>

// The part of an account dialog where the new value is typed or chosen. It gives the act's wire
// value; the dialog does the rest (the value now, what will change, sending, the outcome).
class AccountValueEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString value() const = 0;
    // Starts from the account's value now (empty when it could not be read).
    virtual void startFrom(const QString &value) = 0;
    // What keeps the value from being sent; empty when it can be.
    virtual QString problem() const { return {}; }
    // The target's key where it is not the account (a new account's name).
    virtual QString targetKey() const { return {}; }

signals:
    void edited();
};
