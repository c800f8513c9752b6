#include "conflictsdialog.h"

#include "domain/hlc.h"
#include "sync/conflictrepository.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"
#include "uistyle.h"
#include "vault/providerrepository.h"
#include "vault/schema.h"
#include "vault/teamrepository.h"
#include "vault/vault.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <variant>

namespace schouw {

namespace {

constexpr int PreviewLength = 400;

QDateTime hlcTime(qint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(HlcTimestamp::fromPacked(hlc).wallMs, QTimeZone::utc());
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

struct ConflictsDialog::Private
{
    explicit Private(VaultSession &vaultSession)
        : session(vaultSession)
    {
    }

    using Conflict = std::variant<sync::TextConflict, sync::DeletionConflict>;

    VaultSession &session;
    QList<Conflict> conflicts;
    QHash<Id, QString> names;

    QListWidget *list = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *emptyLabel = nullptr;
    QWidget *textPage = nullptr;
    QLabel *textTitle = nullptr;
    QWidget *versionsBox = nullptr;
    QHBoxLayout *versionsLayout = nullptr;
    QPlainTextEdit *merged = nullptr;
    QWidget *deletionPage = nullptr;
    QLabel *deletionTitle = nullptr;
    QLabel *deletionText = nullptr;
    QPlainTextEdit *deletionPreview = nullptr;
    QLabel *error = nullptr;

    [[nodiscard]] QString userName(const Id &id)
    {
        if (id.isNull())
            return ConflictsDialog::tr("someone unknown");
        if (const auto known = names.constFind(id); known != names.cend())
            return *known;
        QString name;
        if (auto user = TeamRepository(session.vault()).findUser(id); user && *user)
            name = (*user)->displayName;
        if (name.isEmpty())
            name = ConflictsDialog::tr("someone unknown");
        names.insert(id, name);
        return name;
    }

    [[nodiscard]] QString visitLabel(const Id &visitId)
    {
        if (visitId.isNull())
            return {};
        auto visit = VisitRepository(session.vault()).find(visitId);
        if (!visit || !*visit)
            return {};
        QString provider;
        if (auto found = ProviderRepository(session.vault()).find((*visit)->providerId);
            found && *found)
            provider = (*found)->name;
        return ConflictsDialog::tr("Visit to %1, %2")
            .arg(
                provider,
                QLocale().toString((*visit)->startedAt.toLocalTime().date(), QLocale::ShortFormat));
    }

    // The deleted record's free text (its data stays here), for recognising it.
    [[nodiscard]] QString recordPreview(const QString &entity, const Id &id)
    {
        const EntityDefinition *definition = findEntity(entity);
        if (!definition || definition->textColumns.isEmpty())
            return {};
        auto statement = session.vault().database().prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                .arg(definition->textColumns.first(), QLatin1String(definition->table)));
        if (!statement)
            return {};
        statement->bind(1, id);
        return statement->next() ? statement->text(0).left(PreviewLength) : QString();
    }

    [[nodiscard]] const sync::TextConflict *currentText() const
    {
        const int row = list->currentRow();
        if (row < 0 || row >= conflicts.size())
            return nullptr;
        return std::get_if<sync::TextConflict>(&conflicts.at(row));
    }

    [[nodiscard]] const sync::DeletionConflict *currentDeletion() const
    {
        const int row = list->currentRow();
        if (row < 0 || row >= conflicts.size())
            return nullptr;
        return std::get_if<sync::DeletionConflict>(&conflicts.at(row));
    }
};

ConflictsDialog::ConflictsDialog(VaultSession &session, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(session))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("These texts were changed on two computers at the same time, or "
                                "deleted elsewhere while you were still working on them. Nothing "
                                "has been lost: choose what to keep. Your choice reaches the "
                                "others with the next sync."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    d->list = new QListWidget(splitter);
    d->list->setObjectName(QStringLiteral("conflictList"));
    d->list->setAccessibleName(tr("Conflicts"));
    d->list->setWordWrap(true);
    d->list->setSpacing(2);
    d->list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);

    d->stack = new QStackedWidget(splitter);
    d->emptyLabel = new QLabel(tr("There are no conflicts to resolve."), d->stack);
    d->emptyLabel->setObjectName(QStringLiteral("noConflictsLabel"));
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    uistyle::makeSecondary(d->emptyLabel);
    d->stack->addWidget(d->emptyLabel);

    // A text conflict: the versions side by side, then one text written from them.
    d->textPage = new QWidget(d->stack);
    auto *textLayout = new QVBoxLayout(d->textPage);
    textLayout->setContentsMargins(8, 0, 0, 0);
    d->textTitle = new QLabel(d->textPage);
    d->textTitle->setObjectName(QStringLiteral("conflictTitle"));
    d->textTitle->setWordWrap(true);
    uistyle::makeTitle(d->textTitle, 1.15);
    textLayout->addWidget(d->textTitle);
    d->versionsBox = new QWidget(d->textPage);
    d->versionsLayout = new QHBoxLayout(d->versionsBox);
    d->versionsLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(d->versionsBox, 3);
    auto *mergedLabel =
        new QLabel(tr("Or write one text from the versions and keep that:"), d->textPage);
    textLayout->addWidget(mergedLabel);
    d->merged = new QPlainTextEdit(d->textPage);
    d->merged->setObjectName(QStringLiteral("mergedText"));
    d->merged->setTabChangesFocus(true);
    mergedLabel->setBuddy(d->merged);
    textLayout->addWidget(d->merged, 2);
    auto *mergedRow = new QHBoxLayout;
    mergedRow->addStretch(1);
    auto *keepMerged = new QPushButton(tr("Keep this &text"), d->textPage);
    keepMerged->setObjectName(QStringLiteral("keepMergedButton"));
    mergedRow->addWidget(keepMerged);
    textLayout->addLayout(mergedRow);
    d->stack->addWidget(d->textPage);
    connect(keepMerged, &QPushButton::clicked, this,
            [this] { keepMergedText(d->merged->toPlainText()); });

    // A record deleted elsewhere.
    d->deletionPage = new QWidget(d->stack);
    auto *deletionLayout = new QVBoxLayout(d->deletionPage);
    deletionLayout->setContentsMargins(8, 0, 0, 0);
    d->deletionTitle = new QLabel(d->deletionPage);
    d->deletionTitle->setWordWrap(true);
    uistyle::makeTitle(d->deletionTitle, 1.15);
    deletionLayout->addWidget(d->deletionTitle);
    d->deletionText = new QLabel(d->deletionPage);
    d->deletionText->setObjectName(QStringLiteral("deletionText"));
    d->deletionText->setWordWrap(true);
    deletionLayout->addWidget(d->deletionText);
    d->deletionPreview = new QPlainTextEdit(d->deletionPage);
    d->deletionPreview->setObjectName(QStringLiteral("deletionPreview"));
    d->deletionPreview->setReadOnly(true);
    deletionLayout->addWidget(d->deletionPreview, 1);
    auto *deletionRow = new QHBoxLayout;
    deletionRow->addStretch(1);
    auto *accept = new QPushButton(tr("&Accept the deletion"), d->deletionPage);
    accept->setObjectName(QStringLiteral("acceptDeletionButton"));
    auto *restore = new QPushButton(tr("&Restore for everyone"), d->deletionPage);
    restore->setObjectName(QStringLiteral("restoreButton"));
    deletionRow->addWidget(accept);
    deletionRow->addWidget(restore);
    deletionLayout->addLayout(deletionRow);
    d->stack->addWidget(d->deletionPage);
    connect(accept, &QPushButton::clicked, this, [this] { acceptDeletion(); });
    connect(restore, &QPushButton::clicked, this, [this] { restoreDeleted(); });

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    d->error = new QLabel(this);
    d->error->setObjectName(QStringLiteral("conflictsError"));
    uistyle::makeError(d->error);
    layout->addWidget(d->error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(d->list, &QListWidget::currentRowChanged, this, [this](int row) {
        uistyle::setMessage(d->error, {});
        if (row < 0 || row >= d->conflicts.size()) {
            d->stack->setCurrentWidget(d->emptyLabel);
            return;
        }
        if (const auto *text = d->currentText()) {
            d->textTitle->setText(
                tr("%1 (%2): %n version(s)", nullptr, int(text->heads.size()))
                    .arg(
                        sync::ConflictRepository::entityLabel(text->entity),
                        sync::ConflictRepository::fieldLabel(text->entity, text->field).toLower()));
            QLayoutItem *item = nullptr;
            while ((item = d->versionsLayout->takeAt(0))) {
                delete item->widget();
                delete item;
            }
            for (int i = 0; i < text->heads.size(); ++i) {
                const TextHead &head = text->heads.at(i);
                auto *column = new QFrame(d->versionsBox);
                column->setFrameShape(QFrame::StyledPanel);
                auto *columnLayout = new QVBoxLayout(column);
                const bool mine = head.authorId == d->session.vault().currentUserId();
                auto *heading =
                    new QLabel((mine ? tr("Your version")
                                     : tr("Version of %1").arg(d->userName(head.authorId))) +
                                   QStringLiteral(" · ") + syncMoment(hlcTime(head.hlc)),
                               column);
                heading->setObjectName(QStringLiteral("versionHeading%1").arg(i));
                QFont bold = heading->font();
                bold.setWeight(QFont::DemiBold);
                heading->setFont(bold);
                auto *version = new QPlainTextEdit(head.text, column);
                version->setObjectName(QStringLiteral("versionText%1").arg(i));
                version->setReadOnly(true);
                auto *keep = new QPushButton(tr("&Keep this version"), column);
                if (i > 0)
                    keep->setText(tr("Keep this version"));
                keep->setObjectName(QStringLiteral("keepVersionButton%1").arg(i));
                connect(keep, &QPushButton::clicked, this, [this, i] { keepVersion(i); });
                columnLayout->addWidget(heading);
                columnLayout->addWidget(version, 1);
                columnLayout->addWidget(keep, 0, Qt::AlignRight);
                d->versionsLayout->addWidget(column, 1);
            }
            QStringList texts;
            for (const TextHead &head : text->heads)
                if (!texts.contains(head.text))
                    texts << head.text;
            d->merged->setPlainText(texts.join(QStringLiteral("\n\n")));
            d->stack->setCurrentWidget(d->textPage);
        } else if (const auto *deletion = d->currentDeletion()) {
            const QString what = sync::ConflictRepository::entityLabel(deletion->entity);
            d->deletionTitle->setText(tr("%1 deleted elsewhere").arg(what));
            d->deletionText->setText(
                tr("%1 deleted this on %2, while this computer still had changes to it that "
                   "were not sent. Its data is still here. Restore it for everyone, or accept "
                   "the deletion.")
                    .arg(capitalised(d->userName(deletion->deletedBy)),
                         syncMoment(hlcTime(deletion->deletionHlc))));
            d->deletionPreview->setPlainText(
                d->recordPreview(deletion->entity, deletion->entityId));
            d->deletionPreview->setVisible(!d->deletionPreview->toPlainText().isEmpty());
            d->stack->setCurrentWidget(d->deletionPage);
        }
    });

    connect(&session, &VaultSession::aboutToLock, this, &QDialog::reject);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(64 * em, 40 * em);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

void ConflictsDialog::reload()
{
    const int keep = d->list->currentRow();
    d->conflicts.clear();
    d->list->clear();
    uistyle::setMessage(d->error, {});
    if (!d->session.isUnlocked())
        return;
    sync::ConflictRepository repository(d->session.vault());
    auto texts = repository.textConflicts();
    auto deletions = repository.deletionConflicts();
    if (!texts || !deletions) {
        uistyle::setMessage(d->error, (!texts ? texts.error() : deletions.error()).message);
        return;
    }
    QSignalBlocker blocker(d->list);
    for (const sync::TextConflict &conflict : std::as_const(*texts)) {
        d->conflicts.append(conflict);
        QString line = tr("%1 — %2").arg(
            sync::ConflictRepository::entityLabel(conflict.entity),
            sync::ConflictRepository::fieldLabel(conflict.entity, conflict.field).toLower());
        if (const QString visit = d->visitLabel(conflict.visitId); !visit.isEmpty())
            line += u'\n' + visit;
        d->list->addItem(line);
    }
    for (const sync::DeletionConflict &conflict : std::as_const(*deletions)) {
        d->conflicts.append(conflict);
        QString line = tr("%1 — deleted elsewhere")
                           .arg(sync::ConflictRepository::entityLabel(conflict.entity));
        if (const QString visit = d->visitLabel(conflict.visitId); !visit.isEmpty())
            line += u'\n' + visit;
        d->list->addItem(line);
    }
    blocker.unblock();
    if (d->list->count() == 0) {
        d->stack->setCurrentWidget(d->emptyLabel);
        return;
    }
    selectConflict(std::clamp(keep, 0, d->list->count() - 1));
}

int ConflictsDialog::conflictCount() const
{
    return int(d->conflicts.size());
}

void ConflictsDialog::selectConflict(int row)
{
    d->list->setCurrentRow(-1);
    d->list->setCurrentRow(row);
}

bool ConflictsDialog::keepVersion(int index)
{
    const auto *conflict = d->currentText();
    if (!conflict || index < 0 || index >= conflict->heads.size())
        return false;
    return keepMergedText(conflict->heads.at(index).text);
}

bool ConflictsDialog::keepMergedText(const QString &text)
{
    const auto *conflict = d->currentText();
    if (!conflict || !d->session.isUnlocked())
        return false;
    const sync::TextConflict copy = *conflict;
    if (auto done = sync::ConflictRepository(d->session.vault())
                        .resolveText(copy.entity, copy.entityId, copy.field, text);
        !done) {
        uistyle::setMessage(d->error, done.error().message);
        return false;
    }
    reload();
    SyncedRecords records;
    records.entities.insert(copy.entity);
    records.records.insert(copy.entityId);
    Q_EMIT resolved(records);
    return true;
}

bool ConflictsDialog::restoreDeleted()
{
    const auto *conflict = d->currentDeletion();
    if (!conflict || !d->session.isUnlocked())
        return false;
    const sync::DeletionConflict copy = *conflict;
    if (auto done = sync::ConflictRepository(d->session.vault()).restoreDeleted(copy.entityId);
        !done) {
        uistyle::setMessage(d->error, done.error().message);
        return false;
    }
    reload();
    SyncedRecords records;
    records.entities.insert(copy.entity);
    records.records.insert(copy.entityId);
    Q_EMIT resolved(records);
    return true;
}

bool ConflictsDialog::acceptDeletion()
{
    const auto *conflict = d->currentDeletion();
    if (!conflict || !d->session.isUnlocked())
        return false;
    const Id id = conflict->entityId;
    if (auto done = sync::ConflictRepository(d->session.vault()).acceptDeletion(id); !done) {
        uistyle::setMessage(d->error, done.error().message);
        return false;
    }
    reload();
    Q_EMIT resolved({}); // the record stays deleted: only the count changes
    return true;
}

} // namespace schouw
