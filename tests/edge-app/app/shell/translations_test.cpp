// The translations in edge-app/translations are complete and up to date with the sources.
#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <map>
#include <set>

namespace {

struct Message {
  QString context;
  QString source;
  bool numerus = false;
  bool finished = false;   // a translation that is neither unfinished, vanished nor obsolete
  QStringList forms;       // the translation, or its numerus forms
};

std::vector<Message> ReadTs(const QString& path) {
  std::vector<Message> out;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ADD_FAILURE() << "cannot read " << path.toStdString();
    return out;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Message m;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    const auto name = xml.name();
    if (name == QLatin1String("name")) {
      context = xml.readElementText();
    } else if (name == QLatin1String("message")) {
      m = Message{context, {}, xml.attributes().value("numerus") == QLatin1String("yes"), false, {}};
    } else if (name == QLatin1String("source")) {
      m.source = xml.readElementText();
    } else if (name == QLatin1String("translation")) {
      const auto type = xml.attributes().value("type");
      m.finished = type.isEmpty();
      if (m.numerus) {
        while (xml.readNextStartElement()) m.forms << xml.readElementText();
      } else {
        m.forms << xml.readElementText();
      }
      out.push_back(m);
    }
  }
  EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
  return out;
}

const QString kTranslations = QStringLiteral(LAMPID_TRANSLATIONS_DIR);

TEST(TranslationsTest, EnglishTranslatesEveryString) {
  const auto messages = ReadTs(kTranslations + "/lampid_en.ts");
  ASSERT_GT(messages.size(), 100u);
  for (const Message& m : messages) {
    EXPECT_TRUE(m.finished) << m.context.toStdString() << ": " << m.source.toStdString();
    for (const QString& f : m.forms) EXPECT_FALSE(f.isEmpty()) << m.source.toStdString();
    if (m.numerus) {
      EXPECT_EQ(m.forms.size(), 2) << "English has a singular and a plural: " << m.source.toStdString();
    }
  }
}

TEST(TranslationsTest, IndonesianCarriesItsPluralForms) {
  const auto messages = ReadTs(kTranslations + "/lampid_id.ts");
  ASSERT_FALSE(messages.empty());
  for (const Message& m : messages) {
    EXPECT_TRUE(m.numerus) << "lampid_id.ts only needs plural forms: " << m.source.toStdString();
    EXPECT_TRUE(m.finished) << m.source.toStdString();
    EXPECT_EQ(m.forms.size(), 1) << "Indonesian has one plural form: " << m.source.toStdString();
  }
}

// Runs lupdate over the sources into a scratch file: every string the code has must be in lampid_en.ts
// (a string added without running `update_translations` would show in Indonesian in the English UI).
TEST(TranslationsTest, EnglishIsUpToDateWithTheSources) {
  QTemporaryDir dir;
  const QString scratch = dir.filePath("scratch_en.ts");
  const QString app = QStringLiteral(LAMPID_APP_SOURCE_DIR);
  QProcess lupdate;
  lupdate.start(QStringLiteral(LAMPID_LUPDATE),
                {"-silent", "-no-obsolete", "-source-language", "id", "-target-language", "en", "-I",
                 QStringLiteral(LAMPID_PROJECT_DIR), app + "/backend", app + "/common", app + "/form",
                 app + "/session", app + "/shell", app + "/main.cpp", "-ts", scratch});
  ASSERT_TRUE(lupdate.waitForFinished(120000));
  ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

  std::set<std::pair<QString, QString>> committed;
  for (const Message& m : ReadTs(kTranslations + "/lampid_en.ts")) committed.insert({m.context, m.source});
  const auto current = ReadTs(scratch);
  ASSERT_EQ(current.size(), committed.size()) << "lampid_en.ts has strings the code no longer has, or lacks some";
  for (const Message& m : current) {
    EXPECT_TRUE(committed.count({m.context, m.source}))
        << "not in lampid_en.ts (run the update_translations target): " << m.context.toStdString() << ": "
        << m.source.toStdString();
  }
}

}  // namespace
