#pragma once

#include "domain/records.h"
#include "vault/vault.h"

#include <QStringList>
#include <QWidget>

namespace schouw::test {

// Points QSettings at a test-only organisation and QStandardPaths at its test locations, and
// starts from empty settings, so no test reads or writes the user's real configuration.
void isolateSettings();

// Creates a vault in directory with the test passphrase and fast key derivation, fills it with
// providers in one transaction and closes it again. False on error, with the reason in the log.
[[nodiscard]] bool seedVault(const QString &directory, const QList<Provider> &providers);

// count providers named "<prefix> <nnn>" in five cities (Amsterdam, Utrecht, Zwolle, Groningen,
// Maastricht, in turn) and rotating sectors.
[[nodiscard]] QList<Provider> numberedProviders(int count, const QString &prefix);

// Inserts providers into an open vault in one transaction.
[[nodiscard]] bool insertProviders(Vault &vault, const QList<Provider> &providers);

// Every text the application's widgets would show: labels, line edits, buttons, window titles
// and the display data of every item view, in all top-level windows (hidden ones too when
// includeHidden).
[[nodiscard]] QStringList shownTexts(bool includeHidden = true);

// The providers' names that appear in any of the texts.
[[nodiscard]] QStringList leakedNames(const QList<Provider> &providers, bool includeHidden = true);

[[nodiscard]] QWidget *pageOf(QWidget *window, const char *page);

// Finds a widget by object name inside the page with the given object name.
template<typename T> [[nodiscard]] T *onPage(QWidget *window, const char *page, const char *name)
{
    QWidget *found = pageOf(window, page);
    return found ? found->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

} // namespace schouw::test
