// Small helpers of the Document model: names of enum values, date parsing.
#include "dyad/document.h"

#include <cstdio>

namespace dyad {

namespace {

// n as exactly `width` decimal digits (n must fit).
char* PutDigits(char* p, int n, int width) {
  for (int i = width - 1; i >= 0; --i, n /= 10) p[i] = static_cast<char>('0' + n % 10);
  return p + width;
}

}  // namespace

std::string Date::ToString() const {
  if (!known()) return "";
  // Every event and date of the output prints one: digits by hand, as
  // snprintf's format parsing cost more than the rest of writing the date.
  if (year > 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    char out[10];
    char* p = PutDigits(out, year, 4);
    if (month != 0) {
      *p++ = '-';
      p = PutDigits(p, month, 2);
      if (day != 0) {
        *p++ = '-';
        p = PutDigits(p, day, 2);
      }
    }
    return std::string(out, static_cast<size_t>(p - out));
  }
  char buf[32];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<Date> Date::Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lengths[f]; ++i) {
      char c = s[starts[f] + i];
      if (c < '0' || c > '9') return std::nullopt;
      v[f] = v[f] * 10 + (c - '0');
    }
  }
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > kDays[v[1] - 1])
    return std::nullopt;
  bool leap = (v[0] % 4 == 0 && v[0] % 100 != 0) || v[0] % 400 == 0;
  if (v[1] == 2 && v[2] == 29 && !leap) return std::nullopt;
  Date d;
  d.year = static_cast<int16_t>(v[0]);
  d.month = static_cast<int8_t>(v[1]);
  d.day = static_cast<int8_t>(v[2]);
  return d;
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeadline: return "headline";
    case BlockKind::kStandfirst: return "standfirst";
    case BlockKind::kBody: return "body";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kCredit: return "credit";
  }
  return "body";
}

const char* TagName(Tag tag) {
  static const char* kNames[] = {
      "?",   "CC",   "CD",  "DT",  "EX",  "FW",  "IN",  "JJ",  "JJR", "JJS",
      "LS",  "MD",   "NN",  "NNS", "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$",
      "RB",  "RBR",  "RBS", "RP",  "SYM", "TO",  "UH",  "VB",  "VBD", "VBG",
      "VBN", "VBP",  "VBZ", "WDT", "WP",  "WP$", "WRB", ",",   ".",   ":",
      "``",  "''",   "-LRB-", "-RRB-", "$", "#"};
  static_assert(sizeof(kNames) / sizeof(kNames[0]) ==
                static_cast<size_t>(Tag::kCount));
  size_t i = static_cast<size_t>(tag);
  return i < static_cast<size_t>(Tag::kCount) ? kNames[i] : "?";
}

const char* ActorKindName(ActorKind kind) {
  switch (kind) {
    case ActorKind::kCountry: return "country";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kPerson: return "person";
    case ActorKind::kAgent: return "agent";
    case ActorKind::kPronoun: return "pronoun";
  }
  return "agent";
}

const char* PlaceKindName(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCountry: return "country";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCity: return "city";
    case PlaceKind::kDistrict: return "district";
    case PlaceKind::kRegion: return "region";
  }
  return "city";
}

const char* CountTypeName(CountType type) {
  switch (type) {
    case CountType::kKill: return "KILL";
    case CountType::kWound: return "WOUND";
    case CountType::kArrest: return "ARREST";
    case CountType::kKidnap: return "KIDNAP";
    case CountType::kDisplaced: return "DISPLACED";
    case CountType::kProtest: return "PROTEST";
  }
  return "KILL";
}

std::string_view Document::TokensText(uint32_t first, uint32_t end) const {
  if (first >= end || end > tokens.size()) return {};
  return Text(Span{tokens[first].span.begin, tokens[end - 1].span.end});
}

void Document::ClearAnnotations() {
  blocks.clear();
  tokens.clear();
  sentences.clear();
  chunks.clear();
  clauses.clear();
  mentions.clear();
  dates.clear();
  quotes.clear();
  counts.clear();
  places.clear();
  events.clear();
  tone = Tone();
  focus_place = kNone;
}

}  // namespace dyad
