#include "signalcheckpanel.h"

#include "textautosave.h"
#include "uistyle.h"
#include "vault/providerrepository.h"
#include "vault/signalcheckrepository.h"
#include "vault/vaultsession.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace schouw {

namespace {

QString severityText(int severity)
{
    switch (severity) {
    case 1:
        return SignalCheckPanel::tr("low", "signal severity");
    case 2:
        return SignalCheckPanel::tr("medium", "signal severity");
    default:
        return SignalCheckPanel::tr("high", "signal severity");
    }
}

} // namespace

SignalCheckPanel::SignalCheckPanel(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("signalErrorLabel"));
    m_errorLabel->setWordWrap(true);
    uistyle::makeError(m_errorLabel);
    uistyle::setMessage(m_errorLabel, {});
    outer->addWidget(m_errorLabel);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(scroll);
    m_list = new QVBoxLayout(m_content);
    m_list->setContentsMargins(0, 0, 6, 0);
    m_list->setSpacing(12);
    m_emptyLabel = new QLabel(tr("This provider has no open risk signals."), m_content);
    m_emptyLabel->setObjectName(QStringLiteral("noSignalsLabel"));
    m_emptyLabel->setWordWrap(true);
    uistyle::makeSecondary(m_emptyLabel);
    m_list->addWidget(m_emptyLabel);
    m_list->addStretch(1);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);
}

SignalCheckPanel::~SignalCheckPanel() = default;

void SignalCheckPanel::showVisit(const Visit &visit, bool editable)
{
    flush();
    clear();
    if (!m_session.isUnlocked())
        return;
    auto signalList = ProviderRepository(m_session.vault()).riskSignals(visit.providerId);
    auto checks = SignalCheckRepository(m_session.vault()).forVisit(visit.id);
    if (!signalList || !checks) {
        uistyle::setMessage(m_errorLabel,
                            !signalList ? signalList.error().message : checks.error().message);
        return;
    }
    int row = 0;
    for (const RiskSignal &signal : std::as_const(*signalList)) {
        if (!signal.open)
            continue;
        std::optional<SignalCheck> check;
        for (const SignalCheck &candidate : std::as_const(*checks))
            if (candidate.signalId == signal.id)
                check = candidate;
        addSignal(visit, signal, check, editable, row++);
    }
    m_emptyLabel->setVisible(row == 0);
}

void SignalCheckPanel::addSignal(const Visit &visit, const RiskSignal &signal,
                                 const std::optional<SignalCheck> &check, bool editable, int row)
{
    auto *card = new QFrame(m_content);
    card->setObjectName(QStringLiteral("signalCard_%1").arg(row));
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);

    auto *heading = new QLabel(tr("%1 · %2 · severity %3")
                                   .arg(label(signal.source),
                                        QLocale().toString(signal.date, QLocale::ShortFormat),
                                        severityText(signal.severity)),
                               card);
    QFont bold = heading->font();
    bold.setWeight(QFont::DemiBold);
    heading->setFont(bold);
    layout->addWidget(heading);

    auto *text = new QLabel(signal.text, card);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *outcome = new QComboBox(card);
    outcome->setObjectName(QStringLiteral("signalOutcome_%1").arg(row));
    for (SignalCheckOutcome value : {SignalCheckOutcome::NotChecked, SignalCheckOutcome::Confirmed,
                                     SignalCheckOutcome::NotConfirmed})
        outcome->addItem(label(value), static_cast<int>(value));
    outcome->setCurrentIndex(outcome->findData(
        static_cast<int>(check ? check->outcome : SignalCheckOutcome::NotChecked)));
    outcome->setEnabled(editable);
    auto *outcomeLabel = new QLabel(tr("Checked on site:"), card);
    outcomeLabel->setBuddy(outcome);
    form->addRow(outcomeLabel, outcome);

    auto *note = new QPlainTextEdit(card);
    note->setObjectName(QStringLiteral("signalNote_%1").arg(row));
    note->setTabChangesFocus(true);
    note->setPlaceholderText(tr("What was seen or heard about this signal"));
    note->setFixedHeight(note->fontMetrics().lineSpacing() * 4 + 12);
    auto *noteLabel = new QLabel(tr("Note:"), card);
    noteLabel->setBuddy(note);
    form->addRow(noteLabel, note);
    layout->addLayout(form);

    const Id visitId = visit.id;
    const Id signalId = signal.id;
    VaultSession *session = &m_session;
    connect(outcome, &QComboBox::activated, this, [this, outcome, visitId, signalId] {
        if (!m_session.isUnlocked())
            return;
        Vault &vault = m_session.vault();
        const auto value = static_cast<SignalCheckOutcome>(outcome->currentData().toInt());
        const Status saved = SignalCheckRepository(vault).setOutcome(
            visitId, signalId, value, vault.currentUserId(), QDateTime::currentDateTimeUtc());
        uistyle::setMessage(m_errorLabel, saved ? QString() : saved.error().message);
    });

    auto *autosave = new TextAutosave(note, card);
    connect(autosave, &TextAutosave::saveFailed, m_errorLabel,
            [this](const QString &message) { uistyle::setMessage(m_errorLabel, message); });
    autosave->load(check ? check->note : QString(),
                   editable ? TextAutosave::Saver([session, visitId,
                                                   signalId](const QString &typed) -> Status {
                       if (!session->isUnlocked())
                           return std::unexpected(Vault::lockedError());
                       Vault &vault = session->vault();
                       return SignalCheckRepository(vault).setNote(visitId, signalId, typed,
                                                                   vault.currentUserId(),
                                                                   QDateTime::currentDateTimeUtc());
                   })
                            : TextAutosave::Saver());
    m_notes.append(autosave);
    // Before the stretch at the end.
    m_list->insertWidget(m_list->count() - 1, card);
}

void SignalCheckPanel::clear()
{
    for (TextAutosave *note : std::as_const(m_notes))
        note->clear();
    m_notes.clear();
    const QList<QFrame *> cards = m_content->findChildren<QFrame *>(Qt::FindDirectChildrenOnly);
    for (QFrame *card : cards)
        if (card->objectName().startsWith(QLatin1String("signalCard_")))
            delete card;
    m_emptyLabel->setVisible(true);
    uistyle::setMessage(m_errorLabel, {});
}

bool SignalCheckPanel::flush()
{
    bool ok = true;
    for (TextAutosave *note : std::as_const(m_notes))
        ok = note->flush() && ok;
    return ok;
}

} // namespace schouw
