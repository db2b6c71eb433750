#include "HtmlTemplate.h"
#include "LetterTemplates.h"

#include <QTest>

using namespace carnet;

// The filler of the documents' templates (ui/documents/HtmlTemplate) and the templates built
// into the program (resources/letters).
class TestHtmlTemplate : public QObject
{
    Q_OBJECT

private slots:
    void textValuesAreEscaped()
    {
        HtmlTemplate t(QStringLiteral("<p>{{name}} wrote {{note}}</p>"));
        t.text(QStringLiteral("name"), QStringLiteral(" <b>Léa</b> & \"Max\" "))
            .text(QStringLiteral("note"), QStringLiteral("line one\nline two"));
        QCOMPARE(t.render(), QStringLiteral("<p>&lt;b&gt;Léa&lt;/b&gt; &amp; &quot;Max&quot; wrote "
                                            "line one<br>line two</p>"));
    }

    void htmlValuesAreInsertedAsTheyAre()
    {
        HtmlTemplate t(QStringLiteral("<p>{{a}}</p>"));
        t.html(QStringLiteral("a"), QStringLiteral("<b>bold</b>"));
        QCOMPARE(t.render(), QStringLiteral("<p><b>bold</b></p>"));
    }

    void fillsInOnePass()
    {
        // A value that looks like a placeholder is not filled in turn.
        HtmlTemplate t(QStringLiteral("{{a}}{{b}}{{a}}"));
        t.text(QStringLiteral("a"), QStringLiteral("{{b}}"))
            .text(QStringLiteral("b"), QStringLiteral("x"));
        QCOMPARE(t.render(), QStringLiteral("{{b}}x{{b}}"));
    }

    void unfilledPlaceholdersStayAndAreListed()
    {
        HtmlTemplate t(QStringLiteral("{{one}} {{two}} {{one}} {{Not_a_name}} {{}}"));
        QCOMPARE(t.placeholders(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        t.text(QStringLiteral("one"), QStringLiteral("1"));
        QCOMPARE(t.unfilled(), QStringList{QStringLiteral("two")});
        QCOMPARE(t.render(), QStringLiteral("1 {{two}} 1 {{Not_a_name}} {{}}"));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("html");
        QTest::newRow("text lines join with a space")
            << QStringLiteral("<p>one\n   two</p>\n") << QStringLiteral("<p>one two</p>");
        QTest::newRow("between tags nothing")
            << QStringLiteral("<p>a</p>\n  <p>b</p>") << QStringLiteral("<p>a</p><p>b</p>");
        QTest::newRow("between placeholders and tags nothing")
            << QStringLiteral("{{head}}\n<p>x</p>\n{{rows}}\n{{end}}")
            << QStringLiteral("{{head}}<p>x</p>{{rows}}{{end}}");
        QTest::newRow("text then a tag keeps the space")
            << QStringLiteral("une\n<b>aide</b>\nsociale")
            << QStringLiteral("une <b>aide</b> sociale");
        QTest::newRow("comments and empty lines go")
            << QStringLiteral("<!-- about\n {{x}} -->\n\n<p>a</p>\n\n<!-- b --><p>c</p>")
            << QStringLiteral("<p>a</p><p>c</p>");
        QTest::newRow("carriage returns") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a b");
    }
    void fold()
    {
        QFETCH(QString, source);
        QFETCH(QString, html);
        QCOMPARE(HtmlTemplate::fold(source), html);
    }

    void sections()
    {
        const auto found = HtmlTemplate::sections(
            QStringLiteral("<!-- header, ignored -->\nnot a section\n"
                           "<!-- @first: {{x}} is\n the value -->\n<p>{{x}}</p>\n"
                           "<!-- @second -->\nplain\ntext\n"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.value(QStringLiteral("first")), QStringLiteral("<p>{{x}}</p>"));
        QCOMPARE(found.value(QStringLiteral("second")), QStringLiteral("plain text"));
    }

    void shippedTemplates()
    {
        QCOMPARE(LetterTemplates::documentKeys(),
                 (QStringList{QStringLiteral("appeal"), QStringLiteral("cover-letter"),
                              QStringLiteral("follow-up"), QStringLiteral("invoice-claim"),
                              QStringLiteral("quote"), QStringLiteral("quote-request"),
                              QStringLiteral("summary")}));
        for (const QString& key : LetterTemplates::documentKeys()) {
            const HtmlTemplate t = LetterTemplates::document(key);
            QVERIFY2(!t.placeholders().isEmpty(), qPrintable(key));
            QVERIFY2(!t.render().contains(QStringLiteral("<!--")), qPrintable(key));
        }
        QVERIFY(LetterTemplates::fragmentNames().contains(QStringLiteral("signature")));
        for (const QString& name : LetterTemplates::fragmentNames())
            QVERIFY2(!LetterTemplates::fragment(name).render().isEmpty(), qPrintable(name));
        QVERIFY(LetterTemplates::styleSheet().startsWith(QStringLiteral("body {")));
        QVERIFY(!LetterTemplates::styleSheet().contains(QStringLiteral("/*")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlTemplate)
#include "TestHtmlTemplate.moc"
