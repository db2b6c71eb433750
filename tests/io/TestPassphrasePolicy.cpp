#include "io/PassphrasePolicy.h"

#include <QTest>

using namespace carnet;

using Strength = PassphrasePolicy::Strength;
Q_DECLARE_METATYPE(Strength)

class TestPassphrasePolicy : public QObject
{
    Q_OBJECT

private slots:
    void strength_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Strength>("expected");
        QTest::newRow("empty") << QString() << Strength::Weak;
        QTest::newRow("short, mixed") << QStringLiteral("Ab3$xY9!") << Strength::Weak;
        QTest::newRow("ten lowercase letters") << QStringLiteral("motdepasse") << Strength::Weak;
        QTest::newRow("long but one letter")
            << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa") << Strength::Weak;
        QTest::newRow("twelve, two kinds") << QStringLiteral("camille2026x") << Strength::Fair;
        QTest::newRow("fourteen, one kind") << QStringLiteral("motdepasselong") << Strength::Fair;
        QTest::newRow("fourteen, three kinds")
            << QStringLiteral("Camille-Durand7") << Strength::Strong;
        QTest::newRow("a sentence")
            << QStringLiteral("le chat dort sur le radiateur") << Strength::Strong;
        QTest::newRow("accented letters count as letters")
            << QStringLiteral("éléphantçà") << Strength::Weak;
    }

    void strength()
    {
        QFETCH(QString, passphrase);
        QFETCH(Strength, expected);
        QCOMPARE(PassphrasePolicy::strength(passphrase), expected);
    }

    void check()
    {
        QVERIFY(PassphrasePolicy::check(QStringLiteral("0123456789")));
        const Result<void> refused = PassphrasePolicy::check(QStringLiteral("012345678"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().message,
                 QStringLiteral("The passphrase needs at least 10 characters."));
        // Characters, not bytes: nine accented letters are nine.
        QVERIFY(!PassphrasePolicy::check(QStringLiteral("ééééééééé")));
        // e + combining accent is one character once normalized.
        QVERIFY(!PassphrasePolicy::check(QStringLiteral("e\u0301e\u0301e\u0301e\u0301e\u0301")));
    }
};

QTEST_GUILESS_MAIN(TestPassphrasePolicy)
#include "TestPassphrasePolicy.moc"
