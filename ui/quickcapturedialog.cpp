#include "quickcapturedialog.h"

#include "domain/vocabulary.h"
#include "textautosave.h"
#include "uistyle.h"
#include "vault/observationrepository.h"
#include "vault/vaultsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace schouw {

// Enter (and Ctrl+Enter) in the text saves and closes: quick capture is one thought, typed and
// sent. Shift+Enter still starts a new line for the rare longer note.
class QuickCaptureDialog::Private : public QObject
{
public:
    Private(QuickCaptureDialog *dialog, VaultSession &vaultSession, const Id &visitId)
        : q(dialog)
        , session(vaultSession)
        , visit(visitId)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == text && event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
                q->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

    // The finding is created with the first save and updated after that, so what is typed is
    // on disk within a second even if the dialog never closes normally.
    Status save(const QString &typed)
    {
        if (!session.isUnlocked())
            return std::unexpected(Vault::lockedError());
        ObservationRepository repository(session.vault());
        if (created)
            return repository.updateText(observation.id, typed);
        if (typed.trimmed().isEmpty())
            return {};
        observation.text = typed;
        observation.source = chosenSource();
        if (auto added = repository.add(observation); !added)
            return added;
        created = true;
        return {};
    }

    ObservationSource chosenSource() const
    {
        return static_cast<ObservationSource>(source->currentData().toInt());
    }

    // Saves what is there and tells the caller; an emptied text removes the draft again.
    void finish()
    {
        if (done)
            return;
        done = true;
        if (!autosave->flush()) {
            done = false;
            return;
        }
        if (!created || !session.isUnlocked())
            return;
        ObservationRepository repository(session.vault());
        if (text->toPlainText().trimmed().isEmpty()) {
            (void)repository.remove(observation.id);
            return;
        }
        Q_EMIT q->captured(observation.id);
    }

    QuickCaptureDialog *q;
    VaultSession &session;
    Id visit;
    Observation observation;
    bool created = false;
    bool done = false;
    QPlainTextEdit *text = nullptr;
    QComboBox *source = nullptr;
    TextAutosave *autosave = nullptr;
    QLabel *message = nullptr;
};

QuickCaptureDialog::QuickCaptureDialog(VaultSession &session, const Id &visitId, QWidget *parent)
    : QDialog(parent)
{
    d = std::make_unique<Private>(this, session, visitId);
    Private *p = d.get();
    setObjectName(QStringLiteral("quickCaptureDialog"));
    setWindowTitle(tr("Quick finding"));
    setMinimumWidth(480);

    p->observation.id = newId();
    p->observation.visitId = visitId;
    p->observation.observedAt = QDateTime::currentDateTimeUtc();
    if (session.isUnlocked())
        p->observation.authorId = session.vault().currentUserId();

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Saved as an unassigned finding of this visit; link it to norms "
                               "later. Enter saves, Shift+Enter starts a new line."),
                            this);
    hint->setWordWrap(true);
    uistyle::makeSecondary(hint);
    auto *form = new QFormLayout;
    p->text = new QPlainTextEdit(this);
    p->text->setObjectName(QStringLiteral("captureText"));
    p->text->setTabChangesFocus(true);
    p->text->setPlaceholderText(tr("What did you see, read or hear?"));
    p->text->setMinimumHeight(90);
    p->text->installEventFilter(p);
    p->source = new QComboBox(this);
    p->source->setObjectName(QStringLiteral("captureSource"));
    for (const auto &entry : vocabulary<ObservationSource>())
        p->source->addItem(label(entry.value), static_cast<int>(entry.value));
    form->addRow(tr("&Finding:"), p->text);
    form->addRow(tr("S&ource:"), p->source);
    layout->addLayout(form);
    layout->addWidget(hint);
    p->message = new QLabel(this);
    p->message->setObjectName(QStringLiteral("captureMessage"));
    uistyle::makeError(p->message);
    layout->addWidget(p->message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Closes the window; text already typed is kept as a finding"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    p->autosave = new TextAutosave(p->text, this);
    p->autosave->load({}, [p](const QString &typed) { return p->save(typed); });
    connect(p->autosave, &TextAutosave::saveFailed, this,
            [p](const QString &error) { uistyle::setMessage(p->message, error); });
    connect(p->source, &QComboBox::currentIndexChanged, this, [p] {
        if (p->created && p->session.isUnlocked())
            (void)ObservationRepository(p->session.vault())
                .updateSource(p->observation.id, p->chosenSource());
    });
    // Whatever closes the dialog — Save, Enter, Esc, Close, the window's X — keeps the text:
    // under time pressure Esc means "away with this window", not "away with my words".
    connect(this, &QDialog::finished, this, [p] { p->finish(); });
    connect(&session, &VaultSession::aboutToLock, this, &QDialog::reject);
    p->text->setFocus();
}

QuickCaptureDialog::~QuickCaptureDialog()
{
    d->finish();
}

} // namespace schouw
