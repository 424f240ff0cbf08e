#pragma once

#include <QDialog>

class AuditLogModel;
class QLabel;
class QTableView;

// The local audit log: every change this program made, newest first, exportable as CSV.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(AuditLogModel *model, QWidget *parent = nullptr);

    void reload();

private:
    void exportCsv();

    AuditLogModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
};
