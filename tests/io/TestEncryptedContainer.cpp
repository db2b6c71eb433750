#include "io/EncryptedContainer.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

using namespace carnet;

namespace {

using Limits = EncryptedContainer::KdfLimits;

const QString kPassphrase = QStringLiteral("rue des Lilas, 3e étage");
const QString kChanged = QStringLiteral("Wrong passphrase, or the file was changed.");

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

// Sealed with the least Argon2id cost: these tests check the format, not the cost.
QByteArray seal(const QByteArray& plaintext, const QString& passphrase = kPassphrase)
{
    const Result<QByteArray> sealed =
        EncryptedContainer::encrypt(plaintext, passphrase, Limits::minimum());
    return sealed ? sealed.value() : QByteArray();
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x01);
    return bytes;
}

} // namespace

class TestEncryptedContainer : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        const qsizetype chunk = EncryptedContainer::chunkSize;
        QTest::addColumn<QByteArray>("plaintext");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a small document") << QByteArray(R"({"format": "carnet", "version": 2})");
        QTest::newRow("exactly one chunk") << randomBytes(chunk);
        QTest::newRow("one chunk and a byte") << randomBytes(chunk + 1);
        QTest::newRow("three chunks and a bit") << randomBytes(3 * chunk + 7);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, plaintext);
        const QByteArray sealed = seal(plaintext);
        QVERIFY(EncryptedContainer::isEncrypted(sealed));
        const qsizetype chunks =
            std::max<qsizetype>(1, (plaintext.size() + EncryptedContainer::chunkSize - 1) /
                                       EncryptedContainer::chunkSize);
        QCOMPARE(sealed.size(), EncryptedContainer::headerSize + plaintext.size() + 17 * chunks);
        if (plaintext.size() >= 16)
            QVERIFY(!sealed.contains(plaintext.left(16)));
        const Result<QByteArray> opened = EncryptedContainer::decrypt(sealed, kPassphrase);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(opened.value(), plaintext);
    }

    void headerSaysWhatItIs()
    {
        const QByteArray sealed = seal("x");
        QCOMPARE(sealed.left(8), QByteArray("CARNETX1"));
        QCOMPARE(qFromLittleEndian<quint16>(sealed.constData() + 8), quint16(1));
        QCOMPARE(qFromLittleEndian<quint32>(sealed.constData() + 10), quint32(65536));
        QCOMPARE(qFromLittleEndian<quint64>(sealed.constData() + 14), Limits::minimum().opsLimit);
        QCOMPARE(qFromLittleEndian<quint64>(sealed.constData() + 22), Limits::minimum().memLimit);
    }

    void eachSealIsDifferent()
    {
        // A fresh salt and stream header each time: the same document never seals the same.
        const QByteArray first = seal("the same document");
        const QByteArray second = seal("the same document");
        QCOMPARE(first.size(), second.size());
        QVERIFY(first.mid(30, 16) != second.mid(30, 16));
        QVERIFY(first.mid(46) != second.mid(46));
    }

    void wrongPassphraseRefused()
    {
        const QByteArray sealed = seal("secret");
        for (const QString& wrong : {QStringLiteral("rue des Lilas, 3e etage"), QString(),
                                     kPassphrase + QLatin1Char(' ')}) {
            const Result<QByteArray> opened = EncryptedContainer::decrypt(sealed, wrong);
            QVERIFY(!opened);
            QCOMPARE(opened.error().message, kChanged);
        }
    }

    void passphraseIsNormalized()
    {
        // "é" typed as one character or as e + combining accent: the same passphrase.
        const QString composed = QStringLiteral("café au lait, sans sucre");
        const QString decomposed = QStringLiteral("cafe\u0301 au lait, sans sucre");
        QVERIFY(composed != decomposed);
        const Result<QByteArray> opened =
            EncryptedContainer::decrypt(seal("x", composed), decomposed);
        QVERIFY(opened);
        QCOMPARE(opened.value(), QByteArray("x"));
    }

    void everyHeaderByteIsAuthenticated()
    {
        const QByteArray sealed = seal(randomBytes(1000));
        for (qsizetype at = 0; at < EncryptedContainer::headerSize; ++at) {
            const Result<QByteArray> opened =
                EncryptedContainer::decrypt(flipped(sealed, at), kPassphrase);
            QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 flipped").arg(at)));
            // A changed magic is no longer a Carnet container at all; a changed version may
            // claim a newer format (1 → 257), which is said.
            const QString expected =
                at < 8    ? QStringLiteral("This file is not an encrypted Carnet export.")
                : at == 9 ? QStringLiteral("This file was encrypted by a newer Carnet (format "
                                           "257): update Carnet to open it.")
                          : kChanged;
            QCOMPARE(opened.error().message, expected);
        }
    }

    void changedBodyRefused_data()
    {
        QTest::addColumn<QByteArray>("changed");
        const QByteArray sealed = seal(randomBytes(2 * EncryptedContainer::chunkSize + 500));
        const qsizetype header = EncryptedContainer::headerSize;
        const qsizetype sealedChunk = EncryptedContainer::chunkSize + 17;
        QTest::newRow("first byte after the header") << flipped(sealed, header);
        QTest::newRow("a byte in the middle") << flipped(sealed, sealed.size() / 2);
        QTest::newRow("the last byte") << flipped(sealed, sealed.size() - 1);
        QTest::newRow("cut by one byte") << sealed.chopped(1);
        QTest::newRow("cut after a whole chunk") << sealed.left(header + sealedChunk);
        QTest::newRow("cut inside the first MAC") << sealed.left(header + 10);
        QTest::newRow("only the header") << sealed.left(header);
        QTest::newRow("cut inside the header") << sealed.left(header - 1);
        QTest::newRow("a byte added") << sealed + QByteArray(1, '\0');
        QTest::newRow("two chunks swapped")
            << sealed.left(header) + sealed.mid(header + sealedChunk, sealedChunk) +
                   sealed.mid(header, sealedChunk) + sealed.mid(header + 2 * sealedChunk);
        QTest::newRow("the last chunk dropped") << sealed.left(header + 2 * sealedChunk);
    }

    void changedBodyRefused()
    {
        QFETCH(QByteArray, changed);
        const Result<QByteArray> opened = EncryptedContainer::decrypt(changed, kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, kChanged);
    }

    void limitsAreReadFromTheHeader_data()
    {
        QTest::addColumn<quint64>("ops");
        QTest::addColumn<quint64>("mem");
        QTest::newRow("minimum") << Limits::minimum().opsLimit << Limits::minimum().memLimit;
        QTest::newRow("interactive")
            << Limits::interactive().opsLimit << Limits::interactive().memLimit;
        QTest::newRow("3 passes, 1 MiB") << quint64(3) << quint64(1024 * 1024);
    }

    void limitsAreReadFromTheHeader()
    {
        // Whatever cost a file was sealed with, it opens: the reader takes it from the header.
        QFETCH(quint64, ops);
        QFETCH(quint64, mem);
        const Result<QByteArray> sealed =
            EncryptedContainer::encrypt("sealed at another cost", kPassphrase, {ops, mem});
        QVERIFY(sealed);
        QCOMPARE(qFromLittleEndian<quint64>(sealed->constData() + 14), ops);
        QCOMPARE(qFromLittleEndian<quint64>(sealed->constData() + 22), mem);
        const Result<QByteArray> opened = EncryptedContainer::decrypt(sealed.value(), kPassphrase);
        QVERIFY(opened);
        QCOMPARE(opened.value(), QByteArray("sealed at another cost"));
    }

    void shippedDefaultIsModerate()
    {
        // What Carnet seals with by default: a real cost (256 MiB, 3 passes), not the tests'.
        QCOMPARE(Limits::moderate().memLimit, quint64(256) * 1024 * 1024);
        QCOMPARE(Limits::moderate().opsLimit, quint64(3));
        const Result<QByteArray> sealed = EncryptedContainer::encrypt("x", kPassphrase);
        QVERIFY(sealed);
        QCOMPARE(qFromLittleEndian<quint64>(sealed->constData() + 14), quint64(3));
        QCOMPARE(qFromLittleEndian<quint64>(sealed->constData() + 22), quint64(256) * 1024 * 1024);
    }

    void outOfRangeLimitsRefused()
    {
        QVERIFY(!EncryptedContainer::encrypt("x", kPassphrase, {0, 8192}));
        QVERIFY(!EncryptedContainer::encrypt("x", kPassphrase, {1, 1024}));
        QVERIFY(!EncryptedContainer::encrypt("x", kPassphrase, {1, quint64(4) << 30}));
        // A header asking for 1 TiB is refused before anything is computed.
        QByteArray sealed = seal("x");
        qToLittleEndian<quint64>(quint64(1) << 40, sealed.data() + 22);
        const Result<QByteArray> opened = EncryptedContainer::decrypt(sealed, kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, kChanged);
    }

    void newerVersionNamed()
    {
        QByteArray sealed = seal("x");
        qToLittleEndian<quint16>(2, sealed.data() + 8);
        const Result<QByteArray> opened = EncryptedContainer::decrypt(sealed, kPassphrase);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("newer Carnet")));
    }

    void jsonIsNotEncrypted()
    {
        QVERIFY(!EncryptedContainer::isEncrypted(QByteArray(R"({"format": "carnet"})")));
        QVERIFY(!EncryptedContainer::isEncrypted(QByteArray("CARNET")));
        const Result<QByteArray> opened =
            EncryptedContainer::decrypt(QByteArray(R"({"format": "carnet"})"), kPassphrase);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message,
                 QStringLiteral("This file is not an encrypted Carnet export."));
    }

    void fileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Camille Durand")
                               << QStringLiteral("Camille Durand 2026-12-07.carnet-export");
        QTest::newRow("accents kept")
            << QStringLiteral("Zoé Lefèvre-Çelik")
            << QStringLiteral("Zoé Lefèvre-Çelik 2026-12-07.carnet-export");
        QTest::newRow("unsafe characters dropped")
            << QStringLiteral("Léa / \"Lou\": <a|b>?*\\")
            << QStringLiteral("Léa Lou ab 2026-12-07.carnet-export");
        QTest::newRow("spaces collapsed") << QStringLiteral("  Léo\t\nMartin  ")
                                          << QStringLiteral("Léo Martin 2026-12-07.carnet-export");
        QTest::newRow("no way up")
            << QStringLiteral("../..") << QStringLiteral("Carnet 2026-12-07.carnet-export");
        QTest::newRow("empty") << QString() << QStringLiteral("Carnet 2026-12-07.carnet-export");
    }

    void fileName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(EncryptedContainer::fileName(name, QDate(2026, 12, 7)), expected);
    }
};

QTEST_GUILESS_MAIN(TestEncryptedContainer)
#include "TestEncryptedContainer.moc"
