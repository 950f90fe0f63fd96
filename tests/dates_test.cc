// Date expressions resolved against the publication date.
#include <gtest/gtest.h>

#include <string>

#include "extract/extract.h"
#include "extract_testing.h"
#include "test_util.h"

namespace dyad {
namespace {

using testing::MakeTestDocument;

// The dates found in one sentence of text, as "span=resolved[h]" joined by |.
std::string Dates(std::string_view text, std::string_view pub) {
  Document doc = MakeTestDocument(text, pub);
  FindDates(&doc);
  std::string out;
  for (const DateMention& d : doc.dates) {
    if (!out.empty()) out += "|";
    out += std::string(doc.Text(d.span)) + "=" + d.date.ToString();
    if (d.historical) out += "[h]";
  }
  return out;
}

TEST(Dates, Weekdays) {
  // 2012-02-07 was a Tuesday.
  EXPECT_EQ(Dates("Lavrov said on Tuesday that it was over.", "2012-02-07"),
            "Tuesday=2012-02-07");
  EXPECT_EQ(Dates("They recalled their ambassadors on Monday.", "2012-02-07"),
            "Monday=2012-02-06");
  EXPECT_EQ(Dates("Shelling went on since Sunday morning.", "2012-02-07"),
            "Sunday morning=2012-02-05");
  EXPECT_EQ(Dates("Troops moved in on Monday morning.", "2012-02-07"),
            "Monday morning=2012-02-06");
  EXPECT_EQ(Dates("It happened on Wednesday.", "2012-02-07"),
            "Wednesday=2012-02-01");
  EXPECT_EQ(Dates("It happened last Tuesday.", "2012-02-07"),
            "last Tuesday=2012-01-31");
  EXPECT_EQ(Dates("Talks resume next Monday.", "2012-02-07"),
            "next Monday=2012-02-13");
  EXPECT_EQ(Dates("Friday's vote was delayed.", "2012-02-07"),
            "Friday=2012-02-03");
}

TEST(Dates, YearBoundaries) {
  // 2012-01-02 was a Monday.
  EXPECT_EQ(Dates("Prices rose last December.", "2012-01-02"),
            "last December=2011-12");
  EXPECT_EQ(Dates("Police fired on Saturday.", "2012-01-02"),
            "Saturday=2011-12-31");
  EXPECT_EQ(Dates("He left yesterday.", "2012-01-01"), "yesterday=2011-12-31");
  EXPECT_EQ(Dates("The vote was held last month.", "2012-01-15"),
            "last month=2011-12");
  EXPECT_EQ(Dates("It began in December.", "2012-01-15"), "December=2011-12");
  EXPECT_EQ(Dates("Elections will be held in March.", "2011-12-15"),
            "March=2012-03");
  // Leap day.
  EXPECT_EQ(Dates("It happened yesterday.", "2012-03-01"),
            "yesterday=2012-02-29");
}

TEST(Dates, Months) {
  EXPECT_EQ(Dates("The uprising erupted last March.", "2012-02-07"),
            "last March=2011-03");
  // In March itself, "last March" is a year back.
  EXPECT_EQ(Dates("It erupted last March.", "2012-03-20"),
            "last March=2011-03");
  EXPECT_EQ(Dates("It was signed on March 5.", "2012-04-07"),
            "March 5=2012-03-05");
  EXPECT_EQ(Dates("It was signed on March 5, 2011.", "2012-04-07"),
            "March 5, 2011=2011-03-05[h]");
  EXPECT_EQ(Dates("It was signed on 5 March 2011.", "2012-04-07"),
            "5 March 2011=2011-03-05[h]");
  EXPECT_EQ(Dates("It was signed in March 2011.", "2012-04-07"),
            "March 2011=2011-03[h]");
  EXPECT_EQ(Dates("They met in early March.", "2012-04-07"),
            "early March=2012-03");
  EXPECT_EQ(Dates("Talks opened on Sept 12 in Geneva.", "2012-10-01"),
            "Sept 12=2012-09-12");
  EXPECT_EQ(Dates("It was agreed in March last year.", "2012-02-07"),
            "March last year=2011-03");
  // More than twelve months back is historical.
  EXPECT_EQ(Dates("It was agreed in March last year.", "2012-04-07"),
            "March last year=2011-03[h]");
}

TEST(Dates, MonthNamesNeedCues) {
  // "march" the verb is lower case; "March" without a cue is not a date.
  EXPECT_EQ(Dates("Thousands march on the capital.", "2012-04-07"), "");
  EXPECT_EQ(Dates("March on, they said.", "2012-04-07"), "");
  // "May" only with a day number or "in"/"last".
  EXPECT_EQ(Dates("They may meet. May said no.", "2012-04-07"), "");
  EXPECT_EQ(Dates("Theresa May spoke.", "2012-04-07"), "");
  EXPECT_EQ(Dates("Elections are due in May.", "2012-04-07"), "May=2012-05");
  EXPECT_EQ(Dates("It collapsed last May.", "2012-04-07"), "last May=2011-05");
  EXPECT_EQ(Dates("On May 3 it ended.", "2012-06-07"), "May 3=2012-05-03");
  // Abbreviations need a day.
  EXPECT_EQ(Dates("The Dec committee met.", "2012-06-07"), "");
}

TEST(Dates, Years) {
  EXPECT_EQ(Dates("It was crushed in 1982.", "2012-02-07"), "1982=1982[h]");
  EXPECT_EQ(Dates("It recalled the 1982 Hama massacre.", "2012-02-07"),
            "1982=1982[h]");
  EXPECT_EQ(Dates("It has ruled since 2000 and since 2012.", "2012-02-07"),
            "2000=2000[h]|2012=2012");
  EXPECT_EQ(Dates("Between 2009 and 2011 it grew.", "2012-02-07"),
            "2009=2009[h]|2011=2011[h]");
  // Numbers that are not years.
  EXPECT_EQ(Dates("Police arrested 2000 people.", "2012-02-07"), "");
  EXPECT_EQ(Dates("The toll rose to 1900 on Monday.", "2012-02-07"),
            "Monday=2012-02-06");
  EXPECT_EQ(Dates("A crowd of 2000 gathered.", "2012-02-07"), "");
  EXPECT_EQ(Dates("At least 1,982 died.", "2012-02-07"), "");
}

TEST(Dates, Relative) {
  EXPECT_EQ(Dates("He left yesterday.", "2012-02-07"), "yesterday=2012-02-06");
  EXPECT_EQ(Dates("Today the talks end.", "2012-02-07"), "Today=2012-02-07");
  EXPECT_EQ(Dates("It was agreed last week.", "2012-02-07"),
            "last week=2012-01");
  EXPECT_EQ(Dates("They met last year.", "2012-02-07"), "last year=2011");
  EXPECT_EQ(Dates("It was signed earlier this year.", "2012-02-07"),
            "earlier this year=2012");
  EXPECT_EQ(Dates("88 died over the weekend.", "2012-02-07"),
            "the weekend=2012-02-04");
  EXPECT_EQ(Dates("It happened three days ago.", "2012-02-07"),
            "three days ago=2012-02-04");
  EXPECT_EQ(Dates("It happened a year ago.", "2012-02-07"), "a year ago=2011");
  EXPECT_EQ(Dates("It happened 30 years ago.", "2012-02-07"),
            "30 years ago=1982[h]");
}

TEST(Dates, IsoDates) {
  EXPECT_EQ(Dates("Filed 2011-03-15 by wire.", "2012-02-07"),
            "2011-03-15=2011-03-15[h]");
  EXPECT_EQ(Dates("Filed 2011-02-30 by wire.", "2012-02-07"), "");
}

TEST(Dates, UnknownPublicationDate) {
  // Weekdays stay unresolved but are still found; explicit years resolve.
  EXPECT_EQ(Dates("Lavrov said on Tuesday that it was over.", ""), "Tuesday=");
  EXPECT_EQ(Dates("The uprising erupted last March.", ""), "last March=");
  EXPECT_EQ(Dates("It was crushed in 1982.", ""), "1982=1982");
  EXPECT_EQ(Dates("It was signed on March 5, 2011.", ""),
            "March 5, 2011=2011-03-05");
  // Another, later year in the document makes an earlier one historical.
  EXPECT_EQ(Dates("Unlike in 1982, the 2011 uprising spread.", ""),
            "1982=1982[h]|2011=2011");
}

TEST(Dates, EmptyAndGarbage) {
  Document empty;
  FindDates(&empty);
  EXPECT_TRUE(empty.dates.empty());
  FindDates(nullptr);
  EXPECT_EQ(Dates("on on on last last this next earlier the", "2012-02-07"),
            "");
  EXPECT_EQ(Dates("31 February 2011 and 99 March", "2012-02-07"),
            "31 February 2011=2011-02[h]");
}

TEST(Dates, Seed) {
  DYAD_SKIP_WITHOUT_SHARED();
  std::string text = testing::ReadFile(testing::SharedDir() +
                                       "/seed/000_7512eb012af9a305.txt");
  ASSERT_FALSE(text.empty());
  Document doc = MakeTestDocument(text, "2012-02-07");
  FindDates(&doc);
  auto has = [&](std::string_view span, std::string_view date) {
    for (const DateMention& d : doc.dates) {
      if (doc.Text(d.span) == span && d.date.ToString() == date) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("Tuesday", "2012-02-07"));
  EXPECT_TRUE(has("Monday", "2012-02-06"));
  EXPECT_TRUE(has("Monday morning", "2012-02-06"));
  EXPECT_TRUE(has("Sunday morning", "2012-02-05"));
  EXPECT_TRUE(has("last March", "2011-03"));
  EXPECT_TRUE(has("1982", "1982"));
  for (const DateMention& d : doc.dates) {
    EXPECT_EQ(d.historical, doc.Text(d.span) == "1982")
        << doc.Text(d.span) << " " << d.date.ToString();
  }
  // No date is made of "11-month", "fifth straight day" or counts.
  for (const DateMention& d : doc.dates) {
    std::string_view s = doc.Text(d.span);
    EXPECT_EQ(s.find("month"), std::string_view::npos) << s;
    EXPECT_EQ(s.find("6,000"), std::string_view::npos) << s;
  }
}

}  // namespace
}  // namespace dyad
