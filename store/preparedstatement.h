#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// A statement that runs many times on one connection: prepared on its first run and kept, so
// SQLite parses it once (parsing the writes of every page again was a third of what writing a
// listing cost). Destroy it before the connection is removed.
class PreparedStatement
{
public:
    PreparedStatement(const QSqlDatabase &db, QString statement);

    // Runs it with `values` bound in order; false with the reason in `error`.
    bool run(const QVariantList &values, QString *error);

private:
    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};
