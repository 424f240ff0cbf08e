#include "store/preparedstatement.h"

#include <QSqlError>

PreparedStatement::PreparedStatement(const QSqlDatabase &db, QString statement)
    : m_query(db)
    , m_statement(std::move(statement))
{
}

bool PreparedStatement::run(const QVariantList &values, QString *error)
{
    if (!m_prepared)
        m_prepared = m_query.prepare(m_statement);
    bool ran = m_prepared;
    for (qsizetype i = 0; ran && i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    ran = ran && m_query.exec();
    if (!ran)
        *error = m_query.lastError().text();
    m_query.finish(); // nothing left open between runs: a commit waits for no statement
    return ran;
}
