#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

// Asks once before a bulk or destructive act is sent, without blocking (no event loop of its
// own): Cancel is the default, the other button names the effect, and `confirmed` runs only when
// that button is pressed. The box deletes itself when closed.
QMessageBox *openConfirmation(QWidget *parent, const QString &title, const QString &question,
                              const QString &effect, std::function<void()> confirmed);
