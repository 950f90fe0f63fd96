// compile_tagger: builds data/tagger.bin from Debian package data.
//
// Inputs are Lingua::EN::Tagger's tables (liblingua-en-tagger-perl: word ->
// tag counts from a tagged newswire corpus, bigram tag transitions, and a few
// hand-set unknown-word classes) and WordNet's morphology files (wordnet-base:
// irregular forms and the lists of known base forms). Everything expensive is
// done here, once, so that the tagger only maps a file and builds hash indices:
//
//  * Emissions are stored as log P(tag|word) - log P(tag). In a bigram HMM a
//    word's own constant P(word) cancels between the tags competing for it,
//    so this ratio ranks tags exactly like P(word|tag) and lets known words,
//    suffix guesses and class guesses share one scale.
//  * The unknown-word model is a suffix model in the style of TnT: tag counts
//    of rare vocabulary words (rare words behave like unseen ones) keyed by
//    their last 0..5 bytes, separately for lower-case, capitalised,
//    hyphenated and digit-bearing words, smoothed by successive abstraction
//    (each suffix backs off to the next shorter one, weighted by the spread
//    of the tag priors).
//  * Rare known words are blended with that suffix model, because a word seen
//    twice as VBN ("pounded") must still be able to be a VBD.
//  * Lemma data are WordNet's exception lists plus its base-form indices,
//    which the lemmatizer uses to validate rule-based stripping.
//
// Usage: compile_tagger --lingua DIR --wordnet DIR --out FILE
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tag/tagger_model.h"

namespace {

using dyad::Tag;
using namespace dyad::tagmodel;

// Tuned on the PETRARCH parses (tests/tag_test.cc); flags override them.
double kRareMax = 10;       // words this rare train the suffix model
double kBlendLambda = 1.0;  // weight of the suffix guess for rare words
double kBlendMax = 10;      // words rarer than this are blended
double kTieVbdVbn = 2;      // pseudo-counts shared by VBD/VBN of -ed words
double kTieNnsVbz =
    2;  // pseudo-counts shared by NNS/VBZ of -s words seen as both
constexpr double kMinProb = 1e-3;  // emissions below this are dropped
constexpr double kTransitionFloor = 1e-7;

int MapLinguaTag(const std::string& t) {
  static const std::unordered_map<std::string, Tag> m = {
      {"cc", Tag::CC},           {"cd", Tag::CD},
      {"det", Tag::DT},          {"ex", Tag::EX},
      {"fw", Tag::FW},           {"in", Tag::IN},
      {"jj", Tag::JJ},           {"jjr", Tag::JJR},
      {"jjs", Tag::JJS},         {"ls", Tag::LS},
      {"md", Tag::MD},           {"nn", Tag::NN},
      {"nns", Tag::NNS},         {"nnp", Tag::NNP},
      {"nnps", Tag::NNPS},       {"pdt", Tag::PDT},
      {"pos", Tag::POS},         {"prp", Tag::PRP},
      {"prps", Tag::PRP_S},      {"rb", Tag::RB},
      {"rbr", Tag::RBR},         {"rbs", Tag::RBS},
      {"rp", Tag::RP},           {"sym", Tag::SYM},
      {"to", Tag::TO},           {"uh", Tag::UH},
      {"vb", Tag::VB},           {"vbd", Tag::VBD},
      {"vbg", Tag::VBG},         {"vbn", Tag::VBN},
      {"vbp", Tag::VBP},         {"vbz", Tag::VBZ},
      {"wdt", Tag::WDT},         {"wp", Tag::WP},
      {"wps", Tag::WP_S},        {"wrb", Tag::WRB},
      {"ppc", Tag::kComma},      {"pp", Tag::kFinal},
      {"pps", Tag::kColon},      {"ppl", Tag::kOpenQuote},
      {"ppr", Tag::kCloseQuote}, {"lrb", Tag::kLeftParen},
      {"rrb", Tag::kRightParen}, {"ppd", Tag::kDollar},
  };
  auto it = m.find(t);
  return it == m.end() ? -1 : static_cast<int>(it->second);
}

bool IsOpenClass(int t) {
  switch (static_cast<Tag>(t)) {
    case Tag::NN:
    case Tag::NNS:
    case Tag::NNP:
    case Tag::NNPS:
    case Tag::JJ:
    case Tag::JJR:
    case Tag::JJS:
    case Tag::RB:
    case Tag::VB:
    case Tag::VBD:
    case Tag::VBG:
    case Tag::VBN:
    case Tag::VBP:
    case Tag::VBZ:
    case Tag::CD:
    case Tag::FW:
      return true;
    default:
      return false;
  }
}

using Dist = std::vector<double>;  // indexed by tag value

struct Entry {
  std::string key;
  std::vector<std::pair<int, double>> counts;  // (tag, count)
  double total = 0;
};

// One "key: { tag: n, tag: n }" line of Lingua's YAML files.
bool ParseYamlLine(const std::string& line, Entry* e) {
  e->key.clear();
  e->counts.clear();
  e->total = 0;
  if (line.empty() || line.rfind("---", 0) == 0) return false;
  size_t pos;
  if (line[0] == '"') {
    size_t q = line.find('"', 1);
    if (q == std::string::npos) return false;
    e->key = line.substr(1, q - 1);
    pos = line.find('{', q);
  } else {
    size_t c = line.find(": {");
    if (c == std::string::npos) return false;
    e->key = line.substr(0, c);
    pos = c + 2;
  }
  if (pos == std::string::npos) return false;
  size_t close = line.find('}', pos);
  if (close == std::string::npos) return false;
  std::string body = line.substr(pos + 1, close - pos - 1);
  std::stringstream ss(body);
  std::string item;
  while (std::getline(ss, item, ',')) {
    size_t colon = item.find(':');
    if (colon == std::string::npos) continue;
    std::string tag = item.substr(0, colon);
    tag.erase(0, tag.find_first_not_of(' '));
    tag.erase(tag.find_last_not_of(' ') + 1);
    double v = std::atof(item.c_str() + colon + 1);
    int t = MapLinguaTag(tag);
    if (t < 0 || v <= 0) continue;
    e->counts.push_back({t, v});
    e->total += v;
  }
  return !e->key.empty();
}

std::vector<Entry> ReadYaml(const std::string& path, bool* ok) {
  std::vector<Entry> out;
  std::ifstream in(path);
  if (!in) {
    *ok = false;
    return out;
  }
  std::string line;
  Entry e;
  while (std::getline(in, line)) {
    if (ParseYamlLine(line, &e)) out.push_back(e);
  }
  *ok = !out.empty();
  return out;
}

// Little helpers that append plain-old-data to a byte buffer.
template <typename T>
void Put(std::string* b, const T& v) {
  b->append(reinterpret_cast<const char*>(&v), sizeof v);
}

struct LexItem {
  std::string key;
  uint32_t count = 0;
  std::vector<std::pair<int, float>> emissions;
};

std::string BuildLexicon(std::vector<LexItem> items) {
  std::sort(items.begin(), items.end(),
            [](const LexItem& a, const LexItem& b) { return a.key < b.key; });
  std::string pool;
  std::vector<LexKey> keys;
  std::vector<Emission> ems;
  for (const LexItem& it : items) {
    LexKey k{};
    k.key_offset = static_cast<uint32_t>(pool.size());
    k.key_size = static_cast<uint32_t>(it.key.size());
    pool += it.key;
    k.first = static_cast<uint32_t>(ems.size());
    for (auto [t, s] : it.emissions)
      ems.push_back({static_cast<uint32_t>(t), s});
    k.last = static_cast<uint32_t>(ems.size());
    k.count = it.count;
    keys.push_back(k);
  }
  while (pool.size() % 4) pool.push_back('\0');
  std::string b;
  LexiconHeader h{static_cast<uint32_t>(keys.size()),
                  static_cast<uint32_t>(ems.size()),
                  static_cast<uint32_t>(pool.size()), 0};
  Put(&b, h);
  for (const LexKey& k : keys) Put(&b, k);
  for (const Emission& e : ems) Put(&b, e);
  b += pool;
  return b;
}

std::string BuildStringMap(const std::map<std::string, std::string>& m) {
  std::string pool;
  std::vector<StrPair> pairs;
  for (const auto& [k, v] : m) {
    StrPair p{};
    p.key_offset = static_cast<uint32_t>(pool.size());
    p.key_size = static_cast<uint32_t>(k.size());
    pool += k;
    p.value_offset = static_cast<uint32_t>(pool.size());
    p.value_size = static_cast<uint32_t>(v.size());
    pool += v;
    pairs.push_back(p);
  }
  while (pool.size() % 4) pool.push_back('\0');
  std::string b;
  StringMapHeader h{static_cast<uint32_t>(pairs.size()),
                    static_cast<uint32_t>(pool.size())};
  Put(&b, h);
  for (const StrPair& p : pairs) Put(&b, p);
  b += pool;
  return b;
}

// WordNet "form lemma [lemma...]" lines; the first lemma wins.
bool ReadExceptions(const std::string& path, char pos,
                    std::map<std::string, std::string>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream ls(line);
    std::string form, lemma;
    if (!(ls >> form >> lemma)) continue;
    if (form.find('_') != std::string::npos ||
        lemma.find('_') != std::string::npos)
      continue;
    out->emplace(std::string(1, pos) + form, lemma);
  }
  return true;
}

bool ReadIndex(const std::string& path, char pos,
               std::map<std::string, std::string>* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header
    size_t sp = line.find(' ');
    std::string w = line.substr(0, sp);
    if (w.find('_') != std::string::npos) continue;
    out->emplace(std::string(1, pos) + w, "");
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string lingua = "/usr/share/perl5/Lingua/EN/Tagger";
  std::string wordnet = "/usr/share/wordnet";
  std::string out_path;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--lingua")
      lingua = argv[i + 1];
    else if (a == "--wordnet")
      wordnet = argv[i + 1];
    else if (a == "--out")
      out_path = argv[i + 1];
    else if (a == "--rare-max")
      kRareMax = std::atof(argv[i + 1]);
    else if (a == "--blend-lambda")
      kBlendLambda = std::atof(argv[i + 1]);
    else if (a == "--blend-max")
      kBlendMax = std::atof(argv[i + 1]);
    else if (a == "--tie-ed")
      kTieVbdVbn = std::atof(argv[i + 1]);
    else if (a == "--tie-s")
      kTieNnsVbz = std::atof(argv[i + 1]);
  }
  if (out_path.empty()) {
    std::fprintf(
        stderr,
        "usage: compile_tagger --lingua DIR --wordnet DIR --out FILE\n");
    return 2;
  }
  const int N = static_cast<int>(kNumTags);

  bool ok = true;
  std::vector<Entry> words = ReadYaml(lingua + "/words.yml", &ok);
  if (!ok) {
    std::fprintf(stderr, "compile_tagger: cannot read %s/words.yml\n",
                 lingua.c_str());
    return 1;
  }
  std::vector<Entry> trans = ReadYaml(lingua + "/tags.yml", &ok);
  if (!ok) {
    std::fprintf(stderr, "compile_tagger: cannot read %s/tags.yml\n",
                 lingua.c_str());
    return 1;
  }
  std::vector<Entry> unknown = ReadYaml(lingua + "/unknown.yml", &ok);
  if (!ok) {
    std::fprintf(stderr, "compile_tagger: cannot read %s/unknown.yml\n",
                 lingua.c_str());
    return 1;
  }

  // Tag priors from the whole vocabulary.
  Dist tag_count(N, 0.0);
  double all = 0;
  for (const Entry& e : words)
    for (auto [t, c] : e.counts) tag_count[t] += c, all += c;
  std::vector<float> log_prior(N);
  for (int t = 0; t < N; ++t)
    log_prior[t] =
        static_cast<float>(std::log(std::max(tag_count[t], 0.5) / all));

  // Transitions: Lingua's rows are already probabilities.
  std::vector<float> transitions(
      N * N, static_cast<float>(std::log(kTransitionFloor)));
  for (const Entry& e : trans) {
    int prev = MapLinguaTag(e.key);
    if (prev < 0) continue;
    for (auto [t, p] : e.counts)
      transitions[prev * N + t] =
          static_cast<float>(std::log(std::max(p, kTransitionFloor)));
  }

  // Suffix model: raw counts per (class, suffix).
  std::unordered_map<std::string, Dist> raw;
  for (const Entry& e : words) {
    if (e.total > kRareMax) continue;
    const std::string& w = e.key;
    char cls = WordClass(w.data(), w.size());
    int max_k = std::min<int>(kMaxSuffix, static_cast<int>(w.size()));
    for (int k = 0; k <= max_k; ++k) {
      std::string key = std::string(1, cls) + w.substr(w.size() - k);
      Dist& d = raw[key];
      if (d.empty()) d.assign(N, 0.0);
      for (auto [t, c] : e.counts)
        if (IsOpenClass(t)) d[t] += c;
    }
  }
  // Successive abstraction: theta is the spread of the class prior.
  std::unordered_map<std::string, Dist> smooth;
  std::unordered_map<char, double> theta;
  for (char cls :
       {kClassLower, kClassCap, kClassHyphen, kClassDigit, kClassAcronym}) {
    auto it = raw.find(std::string(1, cls));
    if (it == raw.end()) continue;
    double sum = 0;
    int n = 0;
    for (int t = 0; t < N; ++t)
      if (IsOpenClass(t)) sum += it->second[t], ++n;
    double mean = 0, var = 0;
    for (int t = 0; t < N; ++t)
      if (IsOpenClass(t)) mean += it->second[t] / sum / n;
    for (int t = 0; t < N; ++t)
      if (IsOpenClass(t)) {
        double p = it->second[t] / sum - mean;
        var += p * p;
      }
    theta[cls] = std::sqrt(var / (n - 1));
  }
  for (int k = 0; k <= kMaxSuffix; ++k) {
    for (const auto& [key, d] : raw) {
      if (static_cast<int>(key.size()) != k + 1) continue;
      double sum = 0;
      for (double c : d) sum += c;
      Dist p(N, 0.0);
      if (k == 0) {
        for (int t = 0; t < N; ++t) p[t] = sum > 0 ? d[t] / sum : 0;
      } else {
        const Dist& parent = smooth[key.substr(0, 1) + key.substr(2)];
        double th = theta[key[0]];
        for (int t = 0; t < N; ++t)
          p[t] = ((sum > 0 ? d[t] / sum : 0) + th * parent[t]) / (1 + th);
      }
      smooth[key] = std::move(p);
    }
  }
  auto suffix_guess = [&](const std::string& w) -> const Dist* {
    char cls = WordClass(w.data(), w.size());
    for (int k = std::min<int>(kMaxSuffix, static_cast<int>(w.size())); k >= 0;
         --k) {
      auto it = smooth.find(std::string(1, cls) + w.substr(w.size() - k));
      if (it != smooth.end()) return &it->second;
    }
    return nullptr;
  };

  std::vector<LexItem> suffix_items;
  for (const auto& [key, p] : smooth) {
    double count = 0;
    for (double c : raw[key]) count += c;
    if (key.size() > 3 && count < 2)
      continue;  // long, once-seen suffixes add noise
    LexItem li;
    li.key = key;
    li.count = static_cast<uint32_t>(count);
    for (int t = 0; t < N; ++t)
      if (p[t] >= kMinProb)
        li.emissions.push_back(
            {t, static_cast<float>(std::log(p[t]) - log_prior[t])});
    if (!li.emissions.empty()) suffix_items.push_back(std::move(li));
  }

  // Vocabulary, with rare open-class words blended with their suffix guess.
  std::vector<LexItem> vocab_items;
  for (const Entry& e : words) {
    Dist p(N, 0.0);
    bool open = true;
    for (auto [t, c] : e.counts) {
      p[t] += c;
      open = open && IsOpenClass(t);
    }
    double total = e.total;
    // Regular past forms look the same as VBD and VBN; which one a sentence
    // needs is for the context to say, so neither reading may be ruled out
    // by a few training counts.
    if (kTieVbdVbn > 0 && e.key.size() > 3 &&
        e.key.compare(e.key.size() - 2, 2, "ed") == 0 &&
        (p[int(Tag::VBD)] > 0 || p[int(Tag::VBN)] > 0)) {
      double d = tag_count[int(Tag::VBD)], n = tag_count[int(Tag::VBN)];
      p[int(Tag::VBD)] += kTieVbdVbn * d / (d + n);
      p[int(Tag::VBN)] += kTieVbdVbn * n / (d + n);
      total += kTieVbdVbn;
    }
    if (kTieNnsVbz > 0 && p[int(Tag::NNS)] > 0 && p[int(Tag::VBZ)] > 0) {
      double d = tag_count[int(Tag::NNS)], n = tag_count[int(Tag::VBZ)];
      p[int(Tag::NNS)] += kTieNnsVbz * d / (d + n);
      p[int(Tag::VBZ)] += kTieNnsVbz * n / (d + n);
      total += kTieNnsVbz;
    }
    if (open && e.total < kBlendMax) {
      if (const Dist* g = suffix_guess(e.key)) {
        for (int t = 0; t < N; ++t) p[t] += kBlendLambda * (*g)[t];
        total += kBlendLambda;
      }
    }
    LexItem li;
    li.key = e.key;
    li.count = static_cast<uint32_t>(e.total);
    for (int t = 0; t < N; ++t) {
      double q = p[t] / total;
      if (q > 0 && (q >= kMinProb || e.total >= 1 / kMinProb))
        li.emissions.push_back(
            {t, static_cast<float>(std::log(q) - log_prior[t])});
    }
    if (!li.emissions.empty()) vocab_items.push_back(std::move(li));
  }

  std::vector<LexItem> class_items;
  for (const Entry& e : unknown) {
    LexItem li;
    li.key = e.key;
    for (auto [t, c] : e.counts)
      li.emissions.push_back(
          {t, static_cast<float>(std::log(c / e.total) - log_prior[t])});
    class_items.push_back(std::move(li));
  }

  // Lemma data. A few plurals are their own lemma in news use even though
  // WordNet lists a singular ("media" is rarely "medium" in a news story).
  std::map<std::string, std::string> exceptions;
  std::map<std::string, std::string> bases;
  bool wn = ReadExceptions(wordnet + "/verb.exc", 'v', &exceptions) &&
            ReadExceptions(wordnet + "/noun.exc", 'n', &exceptions) &&
            ReadExceptions(wordnet + "/adj.exc", 'a', &exceptions) &&
            ReadExceptions(wordnet + "/adv.exc", 'r', &exceptions) &&
            ReadIndex(wordnet + "/index.verb", 'v', &bases) &&
            ReadIndex(wordnet + "/index.noun", 'n', &bases) &&
            ReadIndex(wordnet + "/index.adj", 'a', &bases);
  if (!wn) {
    std::fprintf(stderr, "compile_tagger: cannot read WordNet files in %s\n",
                 wordnet.c_str());
    return 1;
  }
  for (const char* w : {"media", "data", "people", "police", "personnel"})
    exceptions[std::string("n") + w] = w;

  // Assemble the file.
  std::vector<std::pair<uint32_t, std::string>> sections;
  {
    std::string b;
    for (float f : transitions) Put(&b, f);
    sections.push_back({kTransitions, b});
  }
  {
    std::string b;
    for (float f : log_prior) Put(&b, f);
    sections.push_back({kPriors, b});
  }
  sections.push_back({kVocab, BuildLexicon(vocab_items)});
  sections.push_back({kSuffix, BuildLexicon(suffix_items)});
  sections.push_back({kUnknownClasses, BuildLexicon(class_items)});
  sections.push_back({kLemmaExceptions, BuildStringMap(exceptions)});
  sections.push_back({kBaseForms, BuildStringMap(bases)});

  std::string body;
  uint32_t offset = sizeof(FileHeader) + sections.size() * sizeof(SectionEntry);
  std::string table;
  for (const auto& [id, data] : sections) {
    SectionEntry se{id, offset, static_cast<uint32_t>(data.size()), 0};
    Put(&table, se);
    offset += data.size();
    body += data;
  }
  std::string rest = table + body;
  FileHeader h{};
  std::memcpy(h.magic, kMagic, sizeof h.magic);
  h.version = kVersion;
  h.num_tags = kNumTags;
  h.num_sections = static_cast<uint32_t>(sections.size());
  h.checksum = Checksum(rest.data(), rest.size());
  h.file_size = static_cast<uint32_t>(sizeof(FileHeader) + rest.size());
  std::string file;
  Put(&file, h);
  file += rest;

  std::string tmp = out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    if (!out) {
      std::fprintf(stderr, "compile_tagger: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    std::fprintf(stderr, "compile_tagger: cannot rename to %s\n",
                 out_path.c_str());
    return 1;
  }
  std::printf(
      "compile_tagger: %zu words, %zu suffixes, %zu exceptions, %zu base "
      "forms, "
      "%zu bytes\n",
      vocab_items.size(), suffix_items.size(), exceptions.size(), bases.size(),
      file.size());
  return 0;
}
