#pragma once

#include <QComboBox>

// The License cell's editor. A closed QComboBox takes arrow keys, Home/End, a typed letter and
// the mouse wheel each as a choice (activated()), so in a table a single keystroke would change a
// user. Here those only move the current item; the wheel is left to the table. A choice is
// reported (chosen()) only for an item picked in the open list, by a click or Enter; F4,
// Alt+Down and Space open the list.
class LicenseEditor final : public QComboBox
{
    Q_OBJECT

public:
    explicit LicenseEditor(QWidget *parent = nullptr);

signals:
    // An item was picked in the open list: a deliberate choice, to be committed.
    void chosen();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void moveTo(int row);
    void search(const QString &text);
};
