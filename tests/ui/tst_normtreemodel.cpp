// NormTreeModel: themes with their norms, judged/total per theme, the open-norms filter and the
// unassigned findings row.

#include "normtreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace schouw;

namespace {

Framework sampleFramework()
{
    Framework framework;
    framework.id = newId();
    framework.code = QStringLiteral("VV");
    framework.version = QStringLiteral("2026.1");
    for (int t = 1; t <= 2; ++t) {
        Theme theme;
        theme.id = newId();
        theme.code = QString::number(t);
        theme.title = QStringLiteral("Theme %1").arg(t);
        for (int n = 1; n <= (t == 1 ? 3 : 2); ++n) {
            Norm norm;
            norm.id = newId();
            norm.themeId = theme.id;
            norm.code = QStringLiteral("%1.%2").arg(t).arg(n);
            norm.title = QStringLiteral("Norm %1.%2").arg(t).arg(n);
            theme.norms.append(norm);
        }
        framework.themes.append(theme);
    }
    return framework;
}

} // namespace

class TestNormTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void themesNormsAndUnassignedRow()
    {
        NormTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Framework framework = sampleFramework();
        model.setFramework(framework);
        QCOMPARE(model.rowCount(), 3); // two themes and the unassigned findings
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);
        QCOMPARE(model.rowCount(model.index(2, 0)), 0);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(),
                 QStringLiteral("1.1 Norm 1.1"));
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(NormTreeModel::NormIdRole).value<Id>(),
                 framework.themes.at(0).norms.at(0).id);
        QCOMPARE(model.normCount(), 5);
        QCOMPARE(model.unassignedIndex().row(), 2);
        QCOMPARE(model.unassignedIndex().data(NormTreeModel::KindRole).toInt(),
                 static_cast<int>(NormTreeModel::Kind::Unassigned));
    }

    void countsPerTheme()
    {
        NormTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Framework framework = sampleFramework();
        model.setFramework(framework);
        const auto &first = framework.themes.at(0).norms;
        model.setJudgements({{first.at(0).id, Judgement::Meets}});
        QCOMPARE(model.index(0, NormTreeModel::JudgementColumn).data().toString(),
                 QStringLiteral("1/3"));
        QCOMPARE(model.index(1, NormTreeModel::JudgementColumn).data().toString(),
                 QStringLiteral("0/2"));

        model.setJudgement(first.at(2).id, Judgement::NotAssessed);
        QCOMPARE(model.index(0, NormTreeModel::JudgementColumn).data().toString(),
                 QStringLiteral("2/3"));
        QCOMPARE(model.judgedCount(), 2);
        const QModelIndex judged = model.indexOfNorm(first.at(2).id);
        QCOMPARE(judged.data(NormTreeModel::JudgementRole).toInt(),
                 static_cast<int>(Judgement::NotAssessed));
        QCOMPARE(judged.siblingAtColumn(NormTreeModel::JudgementColumn).data().toString(),
                 NormTreeModel::shortMark(Judgement::NotAssessed));

        model.setJudgement(first.at(2).id, std::nullopt); // "no judgement yet" reopens it
        QCOMPARE(model.judgedCount(), 1);
        QCOMPARE(model.index(0, NormTreeModel::JudgementColumn).data().toString(),
                 QStringLiteral("1/3"));
    }

    void openOnlyFilterHidesJudgedNorms()
    {
        NormTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Framework framework = sampleFramework();
        model.setFramework(framework);
        const auto &first = framework.themes.at(0).norms;
        const auto &second = framework.themes.at(1).norms;
        model.setJudgements({{first.at(1).id, Judgement::LargelyFails},
                             {second.at(0).id, Judgement::Meets},
                             {second.at(1).id, Judgement::DoesNotMeet}});
        model.setOpenOnly(true);
        // Theme 2 has nothing open any more; theme 1 shows its two open norms.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QVERIFY(!model.indexOfNorm(first.at(1).id).isValid());
        QVERIFY(model.indexOfNorm(first.at(0).id).isValid());
        QVERIFY(!model.indexOfNorm(second.at(0).id).isValid());
        QCOMPARE(model.visibleNorms().size(), 2);
        // Progress still counts the whole framework.
        QCOMPARE(model.judgedCount(), 3);
        QCOMPARE(model.index(0, NormTreeModel::JudgementColumn).data().toString(),
                 QStringLiteral("1/3"));

        model.setOpenOnly(false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.visibleNorms().size(), 5);
    }

    void findingCountsAndUnassignedRow()
    {
        NormTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Framework framework = sampleFramework();
        model.setFramework(framework);
        const Id norm = framework.themes.at(1).norms.at(1).id;
        model.setFindingCounts({{norm, 4}}, 3);
        QCOMPARE(model.unassignedCount(), 3);
        QCOMPARE(model.unassignedIndex().data().toString(),
                 QStringLiteral("Unassigned findings (3)"));
        QCOMPARE(model.unassignedIndex().data(NormTreeModel::FindingsRole).toInt(), 3);
        const QModelIndex row = model.indexOfNorm(norm);
        QCOMPARE(row.siblingAtColumn(NormTreeModel::FindingsColumn).data().toString(),
                 QStringLiteral("4"));
        QCOMPARE(row.data(NormTreeModel::FindingsRole).toInt(), 4);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.unassignedCount(), 0);
        QVERIFY(!model.unassignedIndex().isValid());
    }
};

QTEST_MAIN(TestNormTreeModel)
#include "tst_normtreemodel.moc"
