#include "interviewrepository.h"

#include "attachmentrepository.h"
#include "observationrepository.h"
#include "recordcodec.h"
#include "vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace schouw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InterviewRepository)
};

const QString InterviewColumns =
    QStringLiteral("id, visit_id, respondent_group, pseudonym, consent_kind, place, "
                   "interviewer_id, notes, answers, held_at");

Interview readInterview(const Statement &row)
{
    Interview interview;
    interview.id = row.id(0);
    interview.visitId = row.id(1);
    interview.group = fromKey<RespondentGroup>(row.text(2)).value_or(RespondentGroup::Client);
    interview.pseudonym = row.text(3);
    interview.consent = fromKey<Consent>(row.text(4)).value_or(Consent::Declined);
    interview.place = row.text(5);
    interview.interviewerId = row.id(6);
    interview.notes = row.text(7);
    interview.answers = textMapFrom(row.text(8));
    interview.heldAt = timeFrom(row.text(9));
    return interview;
}

} // namespace

Status InterviewRepository::add(const Interview &interview)
{
    const bool given = interview.consentGiven();
    return insertRecord(m_vault, u"interview", interview.id,
                        {{QStringLiteral("visit_id"), idValue(interview.visitId)},
                         {QStringLiteral("respondent_group"), keyOf(interview.group)},
                         {QStringLiteral("pseudonym"), interview.pseudonym},
                         {QStringLiteral("consent"), given},
                         {QStringLiteral("consent_kind"), keyOf(interview.consent)},
                         {QStringLiteral("place"), interview.place},
                         {QStringLiteral("interviewer_id"), idValue(interview.interviewerId)},
                         {QStringLiteral("notes"), given ? interview.notes : QString()},
                         {QStringLiteral("answers"),
                          textMapValue(given ? interview.answers : QMap<QString, QString>())},
                         {QStringLiteral("held_at"), timeValue(interview.heldAt)}});
}

Result<Interview> InterviewRepository::findWithConsent(const Id &id)
{
    auto interview = find(id);
    if (!interview)
        return std::unexpected(interview.error());
    if (!*interview)
        return fail(ErrorCode::NotFound, Tr::tr("The interview no longer exists."),
                    QStringLiteral("interview not found"));
    if (!(*interview)->consentGiven())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("Consent for this interview was declined, so nothing of it is "
                           "recorded."),
                    QStringLiteral("interview without consent"));
    return **interview;
}

Status InterviewRepository::updateNotes(const Id &id, const QString &notes)
{
    if (auto allowed = findWithConsent(id); !allowed)
        return std::unexpected(allowed.error());
    return updateRecord(m_vault, u"interview", id, {{QStringLiteral("notes"), notes}});
}

Status InterviewRepository::updateNotes(const Id &id, const QString &notes,
                                        const QStringList &bases)
{
    if (auto allowed = findWithConsent(id); !allowed)
        return std::unexpected(allowed.error());
    return updateRecord(m_vault, u"interview", id, {{QStringLiteral("notes"), notes}},
                        {{QStringLiteral("notes"), bases}});
}

Status InterviewRepository::setAnswer(const Id &id, const QString &questionKey, const QString &text)
{
    auto interview = findWithConsent(id);
    if (!interview)
        return std::unexpected(interview.error());
    QMap<QString, QString> answers = interview->answers;
    if (text.isEmpty())
        answers.remove(questionKey);
    else
        answers.insert(questionKey, text);
    return updateRecord(m_vault, u"interview", id,
                        {{QStringLiteral("answers"), textMapValue(answers)}});
}

Status InterviewRepository::updatePlace(const Id &id, const QString &place)
{
    return updateRecord(m_vault, u"interview", id, {{QStringLiteral("place"), place}});
}

Status InterviewRepository::setConsent(const Id &id, Consent consent)
{
    QVariantMap fields {{QStringLiteral("consent"), consent != Consent::Declined},
                        {QStringLiteral("consent_kind"), keyOf(consent)}};
    if (consent != Consent::Declined)
        return updateRecord(m_vault, u"interview", id, fields);

    // Declined: the notes, answers, statements and recordings go, in one transaction with the
    // consent. Statements are blanked before their tombstone; recordings lose their content.
    Transaction transaction(m_vault.database());
    if (!transaction.begun())
        return transaction.begun();
    fields.insert(QStringLiteral("notes"), QString());
    fields.insert(QStringLiteral("answers"), textMapValue({}));
    if (auto done = updateRecord(m_vault, u"interview", id, fields); !done)
        return done;
    QList<Id> touched {id};
    ObservationRepository observations(m_vault);
    auto statements = observations.forInterview(id);
    if (!statements)
        return std::unexpected(statements.error());
    for (const Observation &statement : std::as_const(*statements)) {
        if (auto done = observations.updateText(statement.id, QString()); !done)
            return done;
        if (auto done = observations.remove(statement.id); !done)
            return done;
        touched << statement.id;
    }
    AttachmentRepository attachments(m_vault);
    auto recordings = attachments.forOwner(id);
    if (!recordings)
        return std::unexpected(recordings.error());
    for (const Attachment &recording : std::as_const(*recordings)) {
        if (auto done = attachments.remove(recording.id); !done)
            return done;
        touched << recording.id;
    }
    if (auto done = scrubPendingText(touched); !done)
        return done;
    return transaction.commit();
}

// Earlier edits of what was just wiped still sit in the unsent part of the change log, each
// with the text it set. They lose their text fields; the latest (empty) values stay. What was
// already sent is the office's to purge (docs/interviews.md).
Status InterviewRepository::scrubPendingText(const QList<Id> &ids)
{
    static const QStringList textFields {QStringLiteral("notes"), QStringLiteral("answers"),
                                         QStringLiteral("text"), QStringLiteral("place")};
    auto pending = prepareOn(m_vault,
                             QStringLiteral("SELECT seq, fields FROM change_log WHERE "
                                            "entity_id = ? AND origin = 'local' AND "
                                            "sent = 0"));
    auto rewrite =
        prepareOn(m_vault, QStringLiteral("UPDATE change_log SET fields = ? WHERE seq = ?"));
    if (!pending)
        return std::unexpected(pending.error());
    if (!rewrite)
        return std::unexpected(rewrite.error());
    for (const Id &entityId : ids) {
        pending->reset();
        pending->bind(1, entityId);
        QList<std::pair<qint64, QString>> rows;
        while (pending->next())
            rows.append({pending->integer(0), pending->text(1)});
        if (pending->error())
            return std::unexpected(*pending->error());
        for (const auto &[seq, json] : std::as_const(rows)) {
            QJsonObject fields = QJsonDocument::fromJson(json.toUtf8()).object();
            bool changed = false;
            for (const QString &name : textFields)
                if (fields.contains(name) && fields.value(name) != QJsonValue(QString())) {
                    // Kept as a key, so the entry still says which field it set.
                    fields.insert(name,
                                  name == QStringLiteral("answers")
                                      ? QJsonValue(QStringLiteral("{}"))
                                      : QJsonValue(QString()));
                    changed = true;
                }
            if (!changed)
                continue;
            rewrite->reset();
            rewrite
                ->bind(1, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)))
                .bind(2, seq);
            if (auto done = rewrite->exec(); !done)
                return done;
        }
    }
    return {};
}

QString InterviewRepository::pseudonymPrefix(RespondentGroup group)
{
    // Pseudonyms are stored data, not interface text: always Dutch, the report's language.
    switch (group) {
    case RespondentGroup::Client:
        return QStringLiteral("Cliënt");
    case RespondentGroup::Relative:
        return QStringLiteral("Naaste");
    case RespondentGroup::ClientCouncil:
        return QStringLiteral("Cliëntenraad");
    case RespondentGroup::Staff:
        return QStringLiteral("Medewerker");
    case RespondentGroup::Management:
        return QStringLiteral("Leidinggevende");
    }
    return QStringLiteral("Respondent");
}

Result<QString> InterviewRepository::nextPseudonym(const Id &visitId, RespondentGroup group)
{
    auto existing = forVisit(visitId);
    if (!existing)
        return std::unexpected(existing.error());
    const QString prefix = pseudonymPrefix(group);
    QStringList taken;
    for (const Interview &interview : std::as_const(*existing))
        taken << interview.pseudonym;
    // A, B, ... Z, then AA, AB, ...: letters, because numbers read like counts in a report.
    for (int n = 0;; ++n) {
        QString letters;
        for (int rest = n;; rest = rest / 26 - 1) {
            letters.prepend(QChar(u'A' + rest % 26));
            if (rest < 26)
                break;
        }
        const QString candidate = prefix + QLatin1Char(' ') + letters;
        if (!taken.contains(candidate))
            return candidate;
    }
}
Status InterviewRepository::remove(const Id &id)
{
    return removeRecord(m_vault, u"interview", id);
}

Result<std::optional<Interview>> InterviewRepository::find(const Id &id)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM interview WHERE id = ? AND "
                                              "deleted = 0")
                                   .arg(InterviewColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Interview>(*statement, readInterview);
}

Result<QList<Interview>> InterviewRepository::forVisit(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM interview WHERE visit_id = ? "
                                              "AND deleted = 0 ORDER BY held_at, id")
                                   .arg(InterviewColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<Interview>(*statement, readInterview);
}

Result<qint64> InterviewRepository::count()
{
    return countLive(m_vault, "interview");
}

} // namespace schouw
