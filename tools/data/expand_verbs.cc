// expand_verbs: widens the bare verb patterns with reviewed WordNet synonyms.
//
// Why
//
// The verb dictionary (data/verbs/*.txt) is written by hand, so it misses
// verbs that news uses for the same act: a story that says the army
// "subdued" a protest or that a minister "upbraided" an envoy codes nothing
// while "repressed" and "reproached" do. WordNet groups verbs into synsets
// (sets of lemmas sharing one sense), so the synonyms of a head in its
// dominant sense are natural candidates for the head's code. But WordNet is
// a lexicon, not a news codebook: "fire" sits in the synset of "dismiss",
// "smart" in that of "hurt", "worsen" in that of "decline", and each would
// turn ordinary sentences into false events. So nothing is added blindly:
// the tool only proposes, and a project-written review file decides.
//
// What is proposed
//
// Only bare patterns (a head and nothing else, like `111 condemn`) are
// widened. A longer frame is an idiom of its own head ("point +out", "hold
// talk >with"): swapping in a synonym ("indicate +out", "keep talk") gives
// nonsense or a different meaning, while a bare head's code is the meaning
// of the verb itself, which is what a synonym shares. When a head has
// several bare patterns the first one read wins, as it does in the loader.
//
// For each bare head the tool takes its first --head-senses WordNet senses
// (index.verb lists a lemma's synsets by frequency in the tagged SemCor
// corpus, most frequent first) and every other lemma of those synsets. A
// lemma is kept only if that synset is also among its own first
// --synonym-senses senses: a word whose usual meaning is something else
// ("fire" for dismiss is fire's fourth sense) would be coded wrongly more
// often than rightly. Three more rules drop candidates before review:
//
//  * already a head: the lemma heads some verb pattern, or (for a phrasal
//    "call_for") a pattern already spells it as head plus first word. The
//    dictionary's author has decided how it codes; a fallback would
//    override nothing and only blur that decision.
//  * spelling: British -ise/-yse forms whose -ize/-yze form WordNet lists,
//    because the tagger's lemmatizer already maps them (docs/tagger.md).
//  * form: capitalised lemmas and characters the loader rejects.
//
// Phrasal synonyms ("beat_back") are kept as multiword heads, the loader's
// `carry_out` syntax: their words must be adjacent lemmas.
//
// Review
//
// data/verbs/wordnet_review.tsv holds one decision per proposal:
// `synonym<TAB>from_head<TAB>code<TAB>accept|reject<TAB>why`. Only accepted
// proposals are emitted; a proposal with no line is unreviewed and is not
// added. The tool writes every proposal with its status and glosses to
// --proposals (build/wordnet_proposals.tsv), so that new WordNet data or new
// heads show up as unreviewed lines a reviewer can copy into the review file,
// and it prints the counts. Review lines that match no proposal are stale and
// are reported too. Accepting one synonym under two different codes is an
// error, since the loader would code it by whichever it read first.
//
// Output form
//
// The accepted synonyms are written as an ordinary pattern file,
// build/data/verbs/90_wordnet.txt (`CODE synonym  # from head`), not as a
// binary table. VerbDictionary::Load already reads every *.txt of the folder
// in name order, validates each line and interns it; a generated text file
// needs no second loader, no format version to keep in step, and a person
// can read exactly what was added. Its name sorts after the hand-written
// files, so hand-written patterns win every tie. The file is tiny, so
// compactness buys nothing here.
//
// Usage: expand_verbs --verbs DIR --wordnet DIR --review FILE --out FILE
//                     [--proposals FILE] [--head-senses N]
//                     [--synonym-senses N]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "events/verb_word.h"

namespace {

struct Options {
  std::string verbs_dir, wordnet_dir, review, out, proposals;
  int head_senses = 1;
  int synonym_senses = 2;
};

// What the hand-written dictionary says about verb heads.
struct Dictionary {
  std::map<std::string, std::string> bare;  // bare head -> its code
  std::unordered_set<std::string> heads;    // every verb head alternative
  // "head_word" for each head alternative and word of the first slot after
  // it, so that a phrasal synonym already spelled as a frame is recognised.
  std::unordered_set<std::string> phrases;
};

struct Synset {
  std::vector<std::string> words;
  std::string gloss;
};

struct WordNet {
  std::unordered_map<std::string, std::vector<std::string>> senses;  // offsets
  std::unordered_map<std::string, Synset> synsets;  // by offset
};

struct Proposal {
  std::string synonym, head, code;
  int head_sense = 0, synonym_sense = 0;
  std::string gloss;
  std::string status;  // accept, reject or unreviewed
  std::string why;
};

struct Decision {
  std::string decision, why;
  bool used = false;
};

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.emplace_back(s.substr(i, j == std::string_view::npos ? j : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

std::vector<std::string> SplitWhite(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string StripCr(std::string s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}


bool ReadDictionary(const std::string& dir, Dictionary* dict,
                    std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  if (ec || files.empty()) {
    *error = "no pattern files in " + dir;
    return false;
  }
  std::sort(files.begin(), files.end());
  std::unordered_map<std::string, std::vector<std::string>> classes;
  for (const fs::path& f : files) {
    // A generated file from an earlier run must not feed its own input.
    if (f.filename() == "90_wordnet.txt") continue;
    std::ifstream in(f);
    std::string line;
    bool noun = false;
    while (std::getline(in, line)) {
      line = StripCr(line);
      std::vector<std::string> w = SplitWhite(line);
      if (w.empty() || w[0][0] == '#') continue;
      if (w[0] == "[nouns]") noun = true;
      if (w[0] == "[nouns]" || w[0] == "[verbs]") continue;
      if (w[0][0] == '@') {
        if (w.size() >= 2 && w[1] == "=")
          classes[w[0]].assign(w.begin() + 2, w.end());
        continue;
      }
      if (noun || w.size() < 2) continue;
      // Words of the pattern: [pre] and !stop words are not part of the
      // head-and-slots sequence, and a trailing comment ends it.
      std::vector<std::string> seq;
      bool other = false;
      for (size_t i = 1; i < w.size(); ++i) {
        if (w[i][0] == '#') break;
        if (w[i][0] == '[' || w[i][0] == '!') {
          other = true;
          continue;
        }
        seq.push_back(w[i]);
      }
      if (seq.empty()) continue;
      auto alternatives = [&classes](const std::string& spec) {
        std::string s = spec;
        while (!s.empty() && (s[0] == '+' || s[0] == '>')) s.erase(0, 1);
        std::vector<std::string> out;
        for (const std::string& a : Split(s, '|')) {
          if (!a.empty() && a[0] == '@') {
            auto it = classes.find(a);
            if (it != classes.end())
              out.insert(out.end(), it->second.begin(), it->second.end());
          } else if (!a.empty()) {
            out.push_back(a);
          }
        }
        return out;
      };
      std::vector<std::string> heads = alternatives(seq[0]);
      for (const std::string& h : heads) dict->heads.insert(h);
      if (seq.size() >= 2) {
        for (const std::string& h : heads)
          for (const std::string& n : alternatives(seq[1]))
            dict->phrases.insert(h + "_" + n);
      } else if (!other) {
        for (const std::string& h : heads)
          if (h.find('_') == std::string::npos)
            dict->bare.emplace(h, w[0]);  // the first bare pattern wins
      }
    }
  }
  return true;
}

bool ReadWordNet(const std::string& dir, WordNet* wn, std::string* error) {
  std::ifstream index(dir + "/index.verb");
  std::ifstream data(dir + "/data.verb");
  if (!index || !data) {
    *error = "cannot read index.verb/data.verb in " + dir;
    return false;
  }
  std::string line;
  // index.verb: lemma pos synset_cnt p_cnt ptr... sense_cnt tagsense_cnt
  // offset..., offsets in sense-rank order. The license header lines start
  // with spaces.
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::vector<std::string> f = SplitWhite(line);
    if (f.size() < 4) continue;
    int n = std::atoi(f[2].c_str());
    if (n <= 0 || static_cast<size_t>(n) > f.size() - 4) continue;
    wn->senses[f[0]].assign(f.end() - n, f.end());
  }
  // data.verb: offset lex_filenum ss_type w_cnt(hex) word lex_id ... | gloss
  while (std::getline(data, line)) {
    if (line.empty() || line[0] == ' ') continue;
    size_t bar = line.find(" | ");
    std::vector<std::string> f = SplitWhite(line.substr(0, bar));
    if (f.size() < 4) continue;
    int n = static_cast<int>(std::strtol(f[3].c_str(), nullptr, 16));
    Synset s;
    for (int i = 0; i < n && 4 + 2 * static_cast<size_t>(i) < f.size(); ++i)
      s.words.push_back(f[4 + 2 * i]);
    if (bar != std::string::npos) s.gloss = StripCr(line.substr(bar + 3));
    wn->synsets[f[0]] = std::move(s);
  }
  if (wn->senses.empty() || wn->synsets.empty()) {
    *error = "empty WordNet verb files in " + dir;
    return false;
  }
  return true;
}

bool ReadReview(const std::string& path,
                std::map<std::string, Decision>* review, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    line = StripCr(line);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = Split(line, '\t');
    std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (f.size() != 5 || f[4].empty()) {
      *error = where + "want synonym, from_head, code, decision, why";
      return false;
    }
    if (f[3] != "accept" && f[3] != "reject") {
      *error = where + "decision must be accept or reject";
      return false;
    }
    std::string key = f[0] + "\t" + f[1] + "\t" + f[2];
    if (!review->emplace(key, Decision{f[3], f[4]}).second) {
      *error = where + "a second decision for the same proposal";
      return false;
    }
  }
  return true;
}

int SenseRank(const WordNet& wn, const std::string& lemma,
              const std::string& offset) {
  auto it = wn.senses.find(lemma);
  if (it == wn.senses.end()) return 0;
  auto pos = std::find(it->second.begin(), it->second.end(), offset);
  return pos == it->second.end()
             ? 0
             : static_cast<int>(pos - it->second.begin()) + 1;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct RuleCounts {
  int already_head = 0, spelling = 0, minor_sense = 0, form = 0;
};

std::vector<Proposal> Propose(const Dictionary& dict, const WordNet& wn,
                              const Options& opt, RuleCounts* rules) {
  std::vector<Proposal> out;
  std::set<std::string> seen;
  for (const auto& [head, code] : dict.bare) {
    auto it = wn.senses.find(head);
    if (it == wn.senses.end()) continue;
    for (int r = 0;
         r < opt.head_senses && r < static_cast<int>(it->second.size()); ++r) {
      const std::string& offset = it->second[r];
      auto ss = wn.synsets.find(offset);
      if (ss == wn.synsets.end()) continue;
      for (const std::string& word : ss->second.words) {
        if (word == head) continue;
        std::string key = word + "\t" + head + "\t" + code;
        if (!seen.insert(key).second) continue;
        if (!dyad::ValidVerbWord(word)) {
          ++rules->form;
          continue;
        }
        if (dict.heads.count(word) || dict.phrases.count(word)) {
          ++rules->already_head;
          continue;
        }
        if (EndsWith(word, "ise") || EndsWith(word, "yse")) {
          std::string z = word.substr(0, word.size() - 2) + "ze";
          if (wn.senses.count(z)) {
            ++rules->spelling;
            continue;
          }
        }
        int rank = SenseRank(wn, word, offset);
        if (rank == 0 || rank > opt.synonym_senses) {
          ++rules->minor_sense;
          continue;
        }
        out.push_back(Proposal{word, head, code, r + 1, rank, ss->second.gloss,
                               "unreviewed", ""});
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Proposal& a, const Proposal& b) {
    return a.synonym != b.synonym ? a.synonym < b.synonym : a.head < b.head;
  });
  return out;
}

bool WriteFile(const std::string& path, const std::string& text,
               std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  std::string tmp = path + ".tmp";
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    o << text;
    if (!o) {
      *error = "cannot write " + tmp;
      return false;
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    *error = "cannot rename " + tmp + ": " + ec.message();
    return false;
  }
  return true;
}

bool ParseArgs(int argc, char** argv, Options* opt) {
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--verbs") {
      opt->verbs_dir = v;
    } else if (k == "--wordnet") {
      opt->wordnet_dir = v;
    } else if (k == "--review") {
      opt->review = v;
    } else if (k == "--out") {
      opt->out = v;
    } else if (k == "--proposals") {
      opt->proposals = v;
    } else if (k == "--head-senses") {
      opt->head_senses = std::atoi(v.c_str());
    } else if (k == "--synonym-senses") {
      opt->synonym_senses = std::atoi(v.c_str());
    } else {
      return false;
    }
  }
  return argc % 2 == 1 && !opt->verbs_dir.empty() &&
         !opt->wordnet_dir.empty() && !opt->review.empty() &&
         !opt->out.empty() && opt->head_senses > 0 && opt->synonym_senses > 0;
}

int Fail(const std::string& error) {
  std::fprintf(stderr, "expand_verbs: %s\n", error.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, &opt)) {
    std::fprintf(stderr,
                 "usage: expand_verbs --verbs DIR --wordnet DIR --review FILE "
                 "--out FILE [--proposals FILE] [--head-senses N] "
                 "[--synonym-senses N]\n");
    return 2;
  }
  std::string error;
  Dictionary dict;
  WordNet wn;
  std::map<std::string, Decision> review;
  if (!ReadDictionary(opt.verbs_dir, &dict, &error) ||
      !ReadWordNet(opt.wordnet_dir, &wn, &error) ||
      !ReadReview(opt.review, &review, &error))
    return Fail(error);

  RuleCounts rules;
  std::vector<Proposal> proposals = Propose(dict, wn, opt, &rules);
  int accepted = 0, rejected = 0, unreviewed = 0;
  std::map<std::string, const Proposal*> chosen;  // synonym -> accepted one
  for (Proposal& p : proposals) {
    auto it = review.find(p.synonym + "\t" + p.head + "\t" + p.code);
    if (it == review.end()) {
      ++unreviewed;
      continue;
    }
    it->second.used = true;
    p.status = it->second.decision;
    p.why = it->second.why;
    if (p.status == "reject") {
      ++rejected;
      continue;
    }
    ++accepted;
    auto [c, fresh] = chosen.emplace(p.synonym, &p);
    if (!fresh && c->second->code != p.code)
      return Fail("'" + p.synonym + "' accepted as " + c->second->code +
                  " (from " + c->second->head + ") and as " + p.code +
                  " (from " + p.head + "); reject one");
  }
  int stale = 0;
  for (const auto& [key, d] : review) {
    if (d.used) continue;
    ++stale;
    std::string shown = key;
    std::replace(shown.begin(), shown.end(), '\t', ' ');
    std::fprintf(stderr,
                 "expand_verbs: stale review line (no such proposal): %s\n",
                 shown.c_str());
  }

  std::string text =
      "# Generated by tools/data/expand_verbs.cc from WordNet synonyms of "
      "bare\n"
      "# verb heads, accepted in data/verbs/wordnet_review.tsv. Do not edit.\n";
  for (const auto& [synonym, p] : chosen)
    text += p->code + "\t" + synonym + "\t# wordnet: from " + p->head + "\n";
  if (!WriteFile(opt.out, text, &error)) return Fail(error);

  if (!opt.proposals.empty()) {
    std::string list =
        "# synonym\tfrom_head\tcode\tstatus\thead_sense\tsynonym_sense\t"
        "why\tgloss\n";
    for (const Proposal& p : proposals)
      list += p.synonym + "\t" + p.head + "\t" + p.code + "\t" + p.status +
              "\t" + std::to_string(p.head_sense) + "\t" +
              std::to_string(p.synonym_sense) + "\t" + p.why + "\t" + p.gloss +
              "\n";
    if (!WriteFile(opt.proposals, list, &error)) return Fail(error);
  }
  std::printf(
      "expand_verbs: %zu proposals: %d accepted (%zu synonyms), %d rejected, "
      "%d unreviewed; dropped by rule: %d already a head, %d spelling, "
      "%d minor sense of the synonym, %d form; %d stale review lines\n",
      proposals.size(), accepted, chosen.size(), rejected, unreviewed,
      rules.already_head, rules.spelling, rules.minor_sense, rules.form, stale);
  if (unreviewed > 0 && !opt.proposals.empty())
    std::printf("expand_verbs: review the 'unreviewed' lines of %s\n",
                opt.proposals.c_str());
  return 0;
}
