#include "core/ProcessMemory.h"

#include <QTest>

#include <vector>

using namespace huellas;

// The figures that prove memory stays bounded read the kernel's own accounting.
class TestProcessMemory : public QObject
{
    Q_OBJECT

private slots:
    void residentMemoryFollowsWhatIsTouched();
};

void TestProcessMemory::residentMemoryFollowsWhatIsTouched()
{
    const auto before = ProcessMemory::residentKiB();
    QVERIFY(before && *before > 0);
    std::vector<char> block(64 * 1024 * 1024, 1); // 64 MiB, every page written
    const auto during = ProcessMemory::residentKiB();
    QVERIFY(during && *during >= *before + 60 * 1024);
    const auto peak = ProcessMemory::peakResidentKiB();
    QVERIFY(peak && *peak >= *during);
    QCOMPARE(block.back(), char(1));
}

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "TestProcessMemory.moc"
