#include "demobatch.h"

namespace schouw::demo {

DemoBatch::DemoBatch(Database &db, int maxRecords, qint64 maxBytes)
    : m_db(db)
    , m_maxRecords(maxRecords)
    , m_maxBytes(maxBytes)
{
}

Status DemoBatch::start()
{
    m_transaction.reset();
    m_transaction.emplace(m_db);
    m_records = 0;
    m_bytes = 0;
    return m_transaction->begun();
}

Status DemoBatch::add(int records, qint64 bytes)
{
    m_records += records;
    m_bytes += bytes;
    if (m_records < m_maxRecords && m_bytes < m_maxBytes)
        return {};
    if (m_transaction) {
        if (auto done = m_transaction->commit(); !done)
            return done;
    }
    return start();
}

Status DemoBatch::finish()
{
    if (!m_transaction)
        return {};
    Status done = m_transaction->commit();
    m_transaction.reset();
    return done;
}

} // namespace schouw::demo
