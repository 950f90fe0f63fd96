// A Document owns one article's text. Every pipeline stage adds annotations
// that point back into that text by byte offsets (Span) or by index into an
// earlier stage's annotations (token, sentence, chunk, mention indices), so
// nothing is copied twice and every output can be traced to its characters.
//
// Stages run in this order and fill these fields:
//   text/      blocks, normalised text            (Document::text, blocks)
//   tokenize/  tokens                              (tokens)
//   text/      sentences                           (sentences)
//   tag/       part of speech and lemma            (Token::tag, Token::lemma)
//   parse/     chunks and clauses                  (chunks, clauses)
//   actors/    actor mentions, coreference         (mentions)
//   extract/   dates, quotes, counts, tone         (dates, quotes, counts, tone)
//   geo/       places                              (places)
//   events/    coded events                        (events)
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

constexpr uint32_t kNone = 0xFFFFFFFFu;

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

// A calendar date; year 0 means unknown.
struct Date {
  int16_t year = 0;
  int8_t month = 0;  // 1..12, 0 = unknown
  int8_t day = 0;    // 1..31, 0 = unknown
  bool known() const { return year != 0; }
  std::string ToString() const;  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or ""
  static std::optional<Date> Parse(std::string_view iso);  // "YYYY-MM-DD"
};

// What a line of the article is. Only headline, standfirst and body text are
// coded for events; the rest is kept and reported but never coded.
enum class BlockKind : uint8_t {
  kHeadline,
  kStandfirst,
  kBody,
  kHeading,  // a section heading inside the body ("Ambassadors recalled")
  kCaption,  // a photo caption ("... [Al Jazeera]")
  kCredit,   // "Source: ..." and similar credit lines
};
const char* BlockKindName(BlockKind kind);

struct Block {
  Span span;
  BlockKind kind = BlockKind::kBody;
};

// Penn Treebank part-of-speech tags.
enum class Tag : uint8_t {
  kUnknown = 0,
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS,
  PRP, PRP_S, RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT,
  WP, WP_S, WRB,
  kComma,      // ,
  kFinal,      // . ! ?
  kColon,      // : ; -- ...
  kOpenQuote,  // `` and '
  kCloseQuote,
  kLeftParen,
  kRightParen,
  kDollar,
  kHash,
  kCount
};
const char* TagName(Tag tag);  // Penn spelling: "NN", "PRP$", ",", "``"...
// Inline: the parser and the event coder test tags in their inner loops,
// where a call per test was a measurable share of their time.
inline bool IsNoun(Tag t) {  // NN NNS NNP NNPS (contiguous in Tag)
  return t >= Tag::NN && t <= Tag::NNPS;
}
inline bool IsProperNoun(Tag t) { return t == Tag::NNP || t == Tag::NNPS; }
inline bool IsVerb(Tag t) { return t >= Tag::VB && t <= Tag::VBZ; }
inline bool IsAdjective(Tag t) { return t >= Tag::JJ && t <= Tag::JJS; }

// The one-byte fields follow the four-byte one, so that a token is 48 bytes
// rather than 56: every stage walks the tokens of a whole batch, which do
// not fit in the cache, and reads them from memory.
struct Token {
  Span span;
  std::string lemma;  // lower-case base form; short lemmas stay in SSO storage
  uint32_t sentence = kNone;
  Tag tag = Tag::kUnknown;
  bool capitalized = false;  // first character is an upper-case letter
  bool space_before = false;
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;
  uint32_t end_token = 0;  // one past the last token
  uint32_t block = 0;
  bool codable = true;  // false for captions, headings, credit lines
};

enum class ChunkKind : uint8_t { kNoun, kVerb, kPrep, kAdjective, kAdverb };

// A base phrase: [first, end) tokens with one head token.
struct Chunk {
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t head = kNone;
  ChunkKind kind = ChunkKind::kNoun;
};

enum class Modality : uint8_t {
  kAsserted,      // it happened / is happening
  kFuture,        // "will", "is to", "plans to"
  kHypothetical,  // "may", "could", "was expected to", "if"
};

// A verb clause found by parse/: its main verb, its arguments, and how it is
// framed (voice, negation, modality, who reported it).
// A short list of indices, held inline up to kInline entries. A clause's
// preposition chunks are a few: a std::vector allocated for almost every
// clause of every document, and those small allocations were a measurable
// share of the parser's time.
class IndexList {
 public:
  static constexpr uint32_t kInline = 5;
  void push_back(uint32_t v) {
    if (size_ < kInline) {
      inline_[size_++] = v;
      return;
    }
    if (size_ == kInline) heap_.assign(inline_, inline_ + kInline);
    heap_.push_back(v);
    ++size_;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const uint32_t* begin() const {
    return size_ <= kInline ? inline_ : heap_.data();
  }
  const uint32_t* end() const { return begin() + size_; }
  uint32_t operator[](size_t i) const { return begin()[i]; }

 private:
  uint32_t inline_[kInline] = {};
  uint32_t size_ = 0;
  std::vector<uint32_t> heap_;  // every entry, once there are more than kInline
};

struct Clause {
  uint32_t sentence = 0;
  uint32_t verb = kNone;          // token index of the main (lexical) verb
  uint32_t verb_chunk = kNone;    // the verb group it belongs to
  uint32_t subject = kNone;       // noun chunk index
  uint32_t object = kNone;        // noun chunk index (direct object)
  // Token ranges of the whole argument phrases: the subject with its
  // coordinated and "of"-attached parts ("Belgium and Britain", "members of
  // the security forces"), and likewise the object.
  uint32_t subject_first = kNone, subject_end = kNone;
  uint32_t object_first = kNone, object_end = kNone;
  uint32_t agent_first = kNone, agent_end = kNone;  // passive "by" phrase
  IndexList preps;                // prep chunk indices; object = next chunk
  uint32_t parent = kNone;        // clause that embeds this one (reported speech,
                                  // infinitive complements, relative clauses)
  uint32_t speaker = kNone;       // noun chunk of "X said ..." that reports it
  bool passive = false;
  bool negated = false;
  // Opened by "if", "unless" or "whether", or a present-tense "until"
  // ("until their demands are met"): a condition, not a reported fact.
  bool conditional = false;
  // A verb of saying that reports ("said that ...", "told reporters ..."),
  // not one that acts on a noun ("declared war", "announced a ceasefire").
  bool reports = false;
  Modality modality = Modality::kAsserted;
  uint32_t end_token = 0;         // clause extends over [verb, end_token)
};

enum class ActorKind : uint8_t {
  kCountry,       // Russia, Russian, Moscow (as a government)
  kOrganisation,  // UN, Arab League, Hamas
  kPerson,        // Lavrov
  kAgent,         // "security forces", "activists" (a role, maybe a country)
  kPronoun,       // resolved through coreference
};

const char* ActorKindName(ActorKind kind);  // "country", "person", ...

// A phrase that names an actor, with its CAMEO code.
struct ActorMention {
  Span span;                 // the phrase as written
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t sentence = 0;
  ActorKind kind = ActorKind::kCountry;
  std::string code;      // full CAMEO actor code: "RUSGOV", "IGOUNO", "SYRMIL"
  std::string country;   // ISO alpha-3, or IGO/NGO/IMG/MNC; may be empty
  std::string role;      // GOV MIL COP REB OPP CVL ...; may be empty
  std::string name;      // canonical name: "Sergei Lavrov", "Russia"
  uint32_t antecedent = kNone;  // mention index it was resolved from
};

enum class EventFlag : uint8_t {
  kNone = 0,
  kFuture = 1,
  kHypothetical = 2,
  kHistorical = 4,   // refers to a past period ("the 1982 Hama massacre")
  kReported = 8,     // attributed to a third party
  kNominal = 16,     // from a noun ("the assault on Homs")
};

struct Event {
  uint32_t sentence = 0;
  uint32_t source = kNone;  // mention index; kNone when unknown
  uint32_t target = kNone;
  std::string cameo;        // "046", "0355"
  uint32_t trigger_first = kNone;  // tokens of the matched verb pattern
  uint32_t trigger_end = kNone;
  uint32_t place = kNone;   // index into places
  Date date;
  uint8_t flags = 0;        // EventFlag bits
};

// A date expression found in text, resolved against the publication date.
struct DateMention {
  Span span;
  uint32_t sentence = 0;
  Date date;           // resolved date (day, month or year precision)
  bool historical = false;  // well before publication (another year)
};

struct Quote {
  Span span;                      // the quoted words, without the marks
  uint32_t sentence = 0;          // sentence where the quote starts
  uint32_t speaker = kNone;       // mention index of the speaker
  Span speaker_span;              // the speaker phrase as written
  bool indirect = false;          // reported speech ("X said that ...")
};

enum class CountType : uint8_t {
  kKill, kWound, kArrest, kKidnap, kDisplaced, kProtest
};
const char* CountTypeName(CountType type);

struct Count {
  Span span;             // the whole phrase: "at least 88 people"
  uint32_t sentence = 0;
  CountType type = CountType::kKill;
  int64_t number = 0;    // lower bound
  int64_t upper = 0;     // upper bound (== number when exact)
  Span object;           // "members of the security forces"
  uint32_t place = kNone;
  Date date;
  bool historical = false;
};

// kRegion: continents and regions above or across admin units ("Africa",
// "Darfur", "Gaza Strip").
enum class PlaceKind : uint8_t { kCountry, kAdmin1, kCity, kDistrict, kRegion };
const char* PlaceKindName(PlaceKind kind);  // "city", "district", ...

struct Place {
  Span span;             // as written
  uint32_t sentence = 0;
  std::string name;      // gazetteer name
  std::string country;   // ISO alpha-3
  PlaceKind kind = PlaceKind::kCity;
  double lat = 0, lon = 0;
  std::string admin1;
  uint32_t geonames_id = 0;
};

// GDELT's seven tone figures.
struct Tone {
  double tone = 0;             // positive - negative
  double positive = 0;         // % of words
  double negative = 0;
  double polarity = 0;
  double activity = 0;         // % active words
  double self_reference = 0;   // % self/group pronouns
  uint32_t word_count = 0;
};

class Document {
 public:
  // Identity and metadata, as given by the input.
  std::string id;
  std::string title;
  std::string source;
  std::string url;
  Date date;  // publication date

  std::string text;  // normalised UTF-8; all spans point here
  // True when the first non-empty line is a headline (plain-text articles,
  // JSONL documents with a title); false for JSONL text without a title.
  bool first_line_is_headline = true;

  std::vector<Block> blocks;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;
  std::vector<ActorMention> mentions;
  std::vector<DateMention> dates;
  std::vector<Quote> quotes;
  std::vector<Count> counts;
  std::vector<Place> places;
  std::vector<Event> events;
  Tone tone;
  uint32_t focus_place = kNone;  // place the document is mainly about

  // Every span is made by a stage from this text, so it lies inside it; the
  // bounds check of substr cost several instructions on each of the
  // millions of calls a corpus makes.
  std::string_view Text(Span s) const {
    return std::string_view(text.data() + s.begin, s.end - s.begin);
  }
  std::string_view TokenText(uint32_t i) const { return Text(tokens[i].span); }
  // The text from the first token's start to the last token's end.
  std::string_view TokensText(uint32_t first, uint32_t end) const;

  // Drop every annotation but keep the text (for reuse of the object).
  void ClearAnnotations();
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
