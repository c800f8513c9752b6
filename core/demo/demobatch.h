#pragma once

#include "domain/error.h"
#include "vault/sqlite.h"

#include <optional>

namespace schouw::demo {

// Groups many record writes into transactions of a bounded size: one transaction per record
// would make the large profile wait on thousands of fsyncs, one for everything would grow the
// WAL to the size of the whole dataset.
class DemoBatch
{
public:
    DemoBatch(Database &db, int maxRecords, qint64 maxBytes);
    DemoBatch(const DemoBatch &) = delete;
    DemoBatch &operator=(const DemoBatch &) = delete;

    // Opens the first transaction; the writes that follow go into it.
    [[nodiscard]] Status start();
    // Counts written records (and bytes); when full, commits and opens the next transaction.
    [[nodiscard]] Status add(int records = 1, qint64 bytes = 0);
    // Commits what is open. Without it the destructor rolls the open transaction back.
    [[nodiscard]] Status finish();

private:
    Database &m_db;
    int m_maxRecords;
    qint64 m_maxBytes;
    int m_records = 0;
    qint64 m_bytes = 0;
    std::optional<Transaction> m_transaction;
};

} // namespace schouw::demo
