#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

namespace schouw {
class Vault;
}

namespace schouw::sync {

class OfficeClient;

// What the content transfer of one sync run did (docs/sync-client.md, "Attachments").
struct TransferCounts
{
    qint64 sent = 0; // attachments whose content the office now holds (sent, or already there)
    qint64 received = 0; // attachments whose content arrived here, verified
    qint64 waiting = 0; // not transferred this time: not (yet) complete at the office, or not
                        // the user's; tried again next sync
    qint64 damaged = 0; // downloads refused as damaged (discarded) and uploads the office refused
    qint64 bytesSent = 0; // content bytes the office acknowledged
    qint64 bytesReceived = 0; // content bytes stored here (before verification)
};

// Moves attachment content between the vault and the office for one sync run, in chunks of at
// most 1 MiB, through the run's OfficeClient. Uploads first ask the office what it holds and go
// on from its received count, so an interrupted upload resumes without sending a byte twice;
// downloads go on after the bytes already here, and content becomes readable only once its
// SHA-256 and size match (AttachmentRepository::completeDownload). Attachments deleted here, by
// hand or by a tombstone, are not transferred.
//
// Asynchronous on the event loop of the vault's thread; `done` is called exactly once. Errors
// that concern the whole run (Network, ServerBusy, LoginRequired, DeviceRevoked, a vault error)
// end it at once and leave partial downloads and the office's partial uploads for the next run.
// Errors that concern one attachment (not the user's, not at the office yet, refused as
// damaged) skip it and are counted; damaged downloads make the run end with InvalidInput after
// every other attachment was done.
class AttachmentTransfer : public QObject
{
    Q_OBJECT

public:
    AttachmentTransfer(Vault &vault, OfficeClient &client, QObject *parent = nullptr);

    void upload(std::function<void(Status)> done);
    void download(std::function<void(Status)> done);
    // The next step ends the transfer with a Network error instead of sending more.
    void cancel() { m_cancelled = true; }

    [[nodiscard]] const TransferCounts &counts() const { return m_counts; }

Q_SIGNALS:
    // After each chunk acknowledged or stored, before the next one is asked for.
    void progressed();

private:
    void uploadNext();
    void uploadChunk(qint64 offset);
    void downloadNext();
    void downloadChunk(qint64 offset);
    void finishDownload();
    void finish(Status status);
    // Per-attachment refusals skip the attachment; anything else ends the transfer.
    [[nodiscard]] bool skippable(const Error &error) const;
    [[nodiscard]] QString hashText() const;

    Vault &m_vault;
    OfficeClient &m_client;
    std::function<void(Status)> m_done;
    QList<Attachment> m_queue;
    qsizetype m_index = 0;
    int m_stalls = 0; // consecutive upload answers that did not move the office's count
    bool m_cancelled = false;
    TransferCounts m_counts;
};

} // namespace schouw::sync
