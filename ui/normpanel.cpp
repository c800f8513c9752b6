#include "normpanel.h"

#include "findingspanel.h"
#include "textautosave.h"
#include "uistyle.h"
#include "vault/judgementrepository.h"
#include "vault/vaultsession.h"

#include "ui_normpanel.h"

#include <QButtonGroup>
#include <QDateTime>

namespace schouw {

namespace {

// Button ids: the Judgement values, and one more for "no judgement yet".
constexpr int NoJudgementId = 5;

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html;
}

} // namespace

NormPanel::NormPanel(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NormPanel>())
    , m_session(session)
{
    m_ui->setupUi(this);
    uistyle::makeTitle(m_ui->normTitleLabel, 1.25);
    uistyle::makeError(m_ui->saveErrorLabel);
    uistyle::setMessage(m_ui->saveErrorLabel, {});

    m_judgements = new QButtonGroup(this);
    m_judgements->addButton(m_ui->judgeMeets, static_cast<int>(Judgement::Meets));
    m_judgements->addButton(m_ui->judgeLargelyMeets, static_cast<int>(Judgement::LargelyMeets));
    m_judgements->addButton(m_ui->judgeLargelyFails, static_cast<int>(Judgement::LargelyFails));
    m_judgements->addButton(m_ui->judgeDoesNotMeet, static_cast<int>(Judgement::DoesNotMeet));
    m_judgements->addButton(m_ui->judgeNotAssessed, static_cast<int>(Judgement::NotAssessed));
    m_judgements->addButton(m_ui->judgeNone, NoJudgementId);
    // The labels come from the vocabulary so they read exactly as in the report.
    const QList<QPair<QAbstractButton *, Judgement>> labelled {
        {m_ui->judgeMeets, Judgement::Meets},
        {m_ui->judgeLargelyMeets, Judgement::LargelyMeets},
        {m_ui->judgeLargelyFails, Judgement::LargelyFails},
        {m_ui->judgeDoesNotMeet, Judgement::DoesNotMeet},
        {m_ui->judgeNotAssessed, Judgement::NotAssessed},
    };
    for (int i = 0; i < labelled.size(); ++i) {
        QString text = label(labelled.at(i).second);
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper(); // a choice, not a phrase inside a sentence
        labelled.at(i).first->setText(QStringLiteral("&%1  %2").arg(i + 1).arg(text));
    }
    connect(m_judgements, &QButtonGroup::idToggled, this, &NormPanel::onJudgementToggled);

    m_rationale = new TextAutosave(m_ui->rationaleEdit, this);
    connect(m_rationale, &TextAutosave::saveFailed, this, &NormPanel::showSaveError);
    connect(m_rationale, &TextAutosave::saved, this, [this] { showSaveError({}); });

    m_findings = new FindingsPanel(session, m_ui->findingsHost);
    m_findings->setObjectName(QStringLiteral("normFindingsPanel"));
    m_ui->findingsLayout->addWidget(m_findings, 1);
    connect(m_findings, &FindingsPanel::findingsChanged, this, &NormPanel::findingsChanged);

    m_ui->normSplitter->setStretchFactor(0, 2);
    m_ui->normSplitter->setStretchFactor(1, 2);
    m_ui->normSplitter->setStretchFactor(2, 3);
    m_ui->rationaleEdit->setMinimumHeight(70);

    setTabOrder(m_ui->judgeMeets, m_ui->rationaleEdit);
    setTabOrder(m_ui->rationaleEdit, m_findings);
    setTabOrder(m_findings, m_ui->normTextBrowser);
    clear();
}

NormPanel::~NormPanel() = default;

void NormPanel::showNorm(const Id &visitId, const Norm &norm, const QStringList &evidence)
{
    flush();
    m_visitId = visitId;
    m_normId = norm.id;
    m_ui->normTitleLabel->setText(QStringLiteral("%1  %2").arg(norm.code, norm.title));

    QString html = QStringLiteral("<p>%1</p>").arg(norm.text.toHtmlEscaped());
    if (!norm.guidance.trimmed().isEmpty())
        html +=
            QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                .arg(tr("What the inspector looks at").toHtmlEscaped(), paragraphs(norm.guidance));
    if (!evidence.isEmpty())
        html += QStringLiteral("<h4>%1</h4><ul>%2</ul>")
                    .arg(tr("Evidence to look for").toHtmlEscaped(),
                         paragraphs(evidence.join(QLatin1Char('\n'))));
    m_ui->normTextBrowser->setHtml(html);

    std::optional<NormJudgement> judgement;
    if (m_session.isUnlocked()) {
        auto found = JudgementRepository(m_session.vault()).find(visitId, norm.id);
        if (found)
            judgement = *found;
        else
            showSaveError(found.error().message);
    }
    showJudgement(judgement ? judgement->value : std::nullopt);

    const Id visit = visitId;
    const Id normId = norm.id;
    VaultSession *session = &m_session;
    m_rationale->load(
        judgement ? judgement->rationale : QString(),
        m_editable ? TextAutosave::Saver([session, visit, normId](const QString &text) -> Status {
            if (!session->isUnlocked())
                return std::unexpected(Vault::lockedError());
            Vault &vault = session->vault();
            return JudgementRepository(vault).setRationale(
                visit, normId, text, vault.currentUserId(), QDateTime::currentDateTimeUtc());
        })
                   : TextAutosave::Saver());
    m_findings->showNorm(visitId, norm.id);
    m_ui->judgementGroup->setEnabled(m_editable);
    setEnabled(true);
}

void NormPanel::setEditable(bool editable)
{
    m_editable = editable;
    m_ui->judgementGroup->setEnabled(editable);
    m_ui->rationaleEdit->setReadOnly(!editable);
}

void NormPanel::clear()
{
    m_rationale->clear();
    m_findings->clear();
    m_visitId = {};
    m_normId = {};
    m_ui->normTitleLabel->clear();
    m_ui->normTextBrowser->clear();
    showJudgement(std::nullopt);
    showSaveError({});
}

bool NormPanel::flush()
{
    const bool rationale = m_rationale->flush();
    const bool findings = m_findings->flush();
    return rationale && findings;
}

void NormPanel::focusJudgement()
{
    QAbstractButton *checked = m_judgements->checkedButton();
    (checked ? checked : m_ui->judgeMeets)->setFocus(Qt::ShortcutFocusReason);
}

void NormPanel::focusRationale()
{
    m_ui->rationaleEdit->setFocus(Qt::ShortcutFocusReason);
}

void NormPanel::focusFindings()
{
    // The panel itself takes no focus: give it to its first child that does.
    for (QWidget *next = m_findings->nextInFocusChain(); next && m_findings->isAncestorOf(next);
         next = next->nextInFocusChain()) {
        if (next->isVisibleTo(m_findings) && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_findings->setFocus(Qt::ShortcutFocusReason);
}

void NormPanel::onJudgementToggled(int id, bool checked)
{
    if (!checked || m_loading || m_normId.isNull() || !m_session.isUnlocked())
        return;
    std::optional<Judgement> value;
    if (id != NoJudgementId)
        value = static_cast<Judgement>(id);
    Vault &vault = m_session.vault();
    const Status saved = JudgementRepository(vault).setValue(
        m_visitId, m_normId, value, vault.currentUserId(), QDateTime::currentDateTimeUtc());
    if (!saved) {
        showSaveError(saved.error().message);
        return;
    }
    showSaveError({});
    Q_EMIT judgementChanged(m_normId, value ? static_cast<int>(*value) : -1);
}

void NormPanel::showJudgement(std::optional<Judgement> value)
{
    m_loading = true;
    const int id = value ? static_cast<int>(*value) : NoJudgementId;
    if (QAbstractButton *button = m_judgements->button(id))
        button->setChecked(true);
    m_loading = false;
}

void NormPanel::showSaveError(const QString &message)
{
    uistyle::setMessage(m_ui->saveErrorLabel, message);
}

} // namespace schouw
