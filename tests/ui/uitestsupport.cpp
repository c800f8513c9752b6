#include "uitestsupport.h"

#include "testvault.h"
#include "vault/providerrepository.h"
#include "vault/sqlite.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace schouw::test {

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SchouwTests"));
    QSettings().clear();
}

QList<Provider> numberedProviders(int count, const QString &prefix)
{
    static const QStringList cities {QStringLiteral("Amsterdam"), QStringLiteral("Utrecht"),
                                     QStringLiteral("Zwolle"), QStringLiteral("Groningen"),
                                     QStringLiteral("Maastricht")};
    QList<Provider> providers;
    for (int i = 0; i < count; ++i) {
        Provider provider;
        provider.id = newId();
        provider.name = QStringLiteral("%1 %2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        provider.sector = static_cast<Sector>(i % 11);
        provider.city = cities.at(i % cities.size());
        provider.kvkNumber = QStringLiteral("%1").arg(40000000 + i);
        provider.postcode = QStringLiteral("%1 AB").arg(1000 + i % 9000);
        providers.append(provider);
    }
    return providers;
}

bool insertProviders(Vault &vault, const QList<Provider> &providers)
{
    Transaction transaction(vault.database());
    if (!transaction.begun()) {
        qWarning() << "transaction:" << transaction.begun().error().detail;
        return false;
    }
    ProviderRepository repository(vault);
    for (const Provider &provider : providers) {
        if (auto added = repository.add(provider); !added) {
            qWarning() << "adding a provider:" << added.error().detail;
            return false;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        qWarning() << "commit:" << committed.error().detail;
        return false;
    }
    return true;
}

bool seedVault(const QString &directory, const QList<Provider> &providers)
{
    auto vault = Vault::create(directory, passphrase(), fastOptions());
    if (!vault) {
        qWarning() << "creating a vault:" << vault.error().detail;
        return false;
    }
    return insertProviders(**vault, providers);
}

QStringList shownTexts(bool includeHidden)
{
    QStringList texts;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!includeHidden && !window->isVisible())
            continue;
        texts << window->windowTitle();
        for (auto *label : window->findChildren<QLabel *>())
            texts << label->text();
        for (auto *edit : window->findChildren<QLineEdit *>())
            texts << edit->text() << edit->placeholderText();
        for (auto *button : window->findChildren<QAbstractButton *>())
            texts << button->text();
        for (auto *view : window->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data().toString();
        }
    }
    return texts;
}

QStringList leakedNames(const QList<Provider> &providers, bool includeHidden)
{
    const QString all = shownTexts(includeHidden).join(QLatin1Char('\n'));
    QStringList leaked;
    for (const Provider &provider : providers)
        if (all.contains(provider.name))
            leaked << provider.name;
    return leaked;
}

QWidget *pageOf(QWidget *window, const char *page)
{
    return window->findChild<QWidget *>(QString::fromLatin1(page));
}

} // namespace schouw::test
