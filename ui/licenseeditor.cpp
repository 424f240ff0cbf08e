#include "ui/licenseeditor.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>

LicenseEditor::LicenseEditor(QWidget *parent)
    : QComboBox(parent)
{
    // The key and wheel handlers below replace every path by which a closed QComboBox emits
    // activated(); what is left is a pick in the open list.
    connect(this, &QComboBox::activated, this, &LicenseEditor::chosen);
}

void LicenseEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        moveTo(currentIndex() - 1);
        break;
    case Qt::Key_Down:
        if (event->modifiers() & Qt::AltModifier)
            showPopup();
        else
            moveTo(currentIndex() + 1);
        break;
    case Qt::Key_PageDown:
        moveTo(currentIndex() + 1);
        break;
    case Qt::Key_Home:
        moveTo(0);
        break;
    case Qt::Key_End:
        moveTo(count() - 1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Taken and dropped: passed on, the table would move to another cell and commit.
        break;
    case Qt::Key_Space:
        showPopup();
        break;
    case Qt::Key_F4:
        if (event->modifiers() != Qt::NoModifier) {
            event->ignore();
            return;
        }
        showPopup();
        break;
    case Qt::Key_Enter:
    case Qt::Key_Return:
    case Qt::Key_Escape:
        // The delegate's event filter commits on Enter and reverts on Escape.
        event->ignore();
        return;
    default:
        if (event->text().isEmpty()
            || (event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier))) {
            // Not typing: shortcuts and function keys belong to the table and the window.
            event->ignore();
            return;
        }
        // Typed text stays here even when it finds nothing: QComboBox would take it as a choice,
        // and the table as a search that moves to another row.
        if (event->text().front().isPrint())
            search(event->text());
        break;
    }
    event->accept();
}

void LicenseEditor::wheelEvent(QWheelEvent *event)
{
    // Scrolling over the cell scrolls the table; it does not turn through the licenses.
    event->ignore();
}

void LicenseEditor::moveTo(int row)
{
    if (count() > 0)
        setCurrentIndex(std::clamp(row, 0, count() - 1));
}

void LicenseEditor::search(const QString &text)
{
    // The next license after the current one whose name starts with what was typed, going round
    // from the top, so that the same letter again goes on to the next match.
    for (int step = 1; step <= count(); ++step) {
        const int row = (currentIndex() + step) % count();
        if (itemText(row).startsWith(text, Qt::CaseInsensitive)) {
            setCurrentIndex(row);
            return;
        }
    }
}
