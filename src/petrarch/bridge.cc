// Trees from chunks, and PETRARCH events back into dyad's Document.
//
// PETRARCH reads constituency trees; dyad's parser yields base chunks and
// clauses. The tree built here is the flat one those imply: the clause's
// subject noun phrase, then a verb phrase holding the verb group and every
// chunk up to the next verb group, with each preposition wrapped with the
// noun phrase after it. That is the shape PETRARCH's source / verb / target
// search walks, so its dictionaries apply to raw text without CoreNLP.
#include "petrarch/bridge.h"

#include <cstdio>

namespace dyad {
namespace {

void AppendLeaf(const Document& doc, uint32_t t, std::string* out) {
  std::string_view w = doc.TokenText(t);
  Tag tag = doc.tokens[t].tag;
  const char* name = TagName(tag);
  if (tag == Tag::kUnknown) name = "NN";
  *out += "(";
  *out += name;
  *out += " ";
  for (char c : w) {
    if (c == '(') {
      *out += "-LRB-";
    } else if (c == ')') {
      *out += "-RRB-";
    } else if (c == ' ') {
      *out += '_';
    } else {
      *out += c;
    }
  }
  *out += ")";
}

const char* Label(ChunkKind k) {
  switch (k) {
    case ChunkKind::kNoun: return "NP";
    case ChunkKind::kVerb: return "VP";
    case ChunkKind::kPrep: return "PP";
    case ChunkKind::kAdjective: return "ADJP";
    case ChunkKind::kAdverb: return "ADVP";
  }
  return "NP";
}

std::string CountryOf(const std::string& code) {
  for (const char* p : {"IGO", "NGO", "IMG", "MNC", "NGM"})
    if (code.rfind(p, 0) == 0) return p;
  if (code.rfind("---", 0) == 0) return "";  // PETRARCH's unknown country
  return code.size() >= 3 ? code.substr(0, 3) : code;
}

}  // namespace

std::string SentenceTree(const Document& doc, uint32_t s) {
  const Sentence& sent = doc.sentences[s];
  std::string out = "(ROOT (S ";
  // Chunks of this sentence, by first token.
  std::vector<const Chunk*> chunk_at(sent.end_token - sent.first_token, nullptr);
  for (const Chunk& c : doc.chunks)
    if (c.first >= sent.first_token && c.end <= sent.end_token && c.first < c.end)
      chunk_at[c.first - sent.first_token] = &c;
  bool in_vp = false;
  int open_pp = 0;
  auto close_pp = [&] {
    for (; open_pp > 0; --open_pp) out += ") ";
  };
  for (uint32_t t = sent.first_token; t < sent.end_token;) {
    const Chunk* c = chunk_at[t - sent.first_token];
    if (!c) {
      close_pp();
      if (doc.tokens[t].tag == Tag::kFinal && in_vp) {
        out += ") ";
        in_vp = false;
      }
      AppendLeaf(doc, t, &out);
      out += " ";
      ++t;
      continue;
    }
    if (c->kind == ChunkKind::kVerb) {
      close_pp();
      if (in_vp) out += ") ";
      out += "(VP ";
      in_vp = true;
      for (uint32_t k = c->first; k < c->end; ++k) {
        AppendLeaf(doc, k, &out);
        out += " ";
      }
    } else if (c->kind == ChunkKind::kPrep) {
      close_pp();
      out += "(PP ";
      AppendLeaf(doc, c->first, &out);
      out += " ";
      ++open_pp;
    } else {
      out += "(";
      out += Label(c->kind);
      out += " ";
      for (uint32_t k = c->first; k < c->end; ++k) {
        AppendLeaf(doc, k, &out);
        out += " ";
      }
      out += ") ";
      if (c->kind == ChunkKind::kNoun) close_pp();
    }
    t = c->end;
  }
  close_pp();
  if (in_vp) out += ") ";
  out += "))";
  return out;
}

void CodeWithPetrarch(const PetrarchDictionaries& dicts, const std::vector<std::string>* trees,
                      Document* doc) {
  doc->events.clear();
  char date[16] = "";
  if (doc->date.known())
    std::snprintf(date, sizeof date, "%04d%02d%02d", doc->date.year, doc->date.month,
                  doc->date.day);
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    if (!doc->sentences[s].codable) continue;
    if (trees && s >= trees->size()) break;  // the given trees cover the text
    PetrarchRecord record;
    record.id = doc->id + "-" + std::to_string(s);
    record.date = date;
    record.text = std::string(doc->Text(doc->sentences[s].span));
    record.parse = trees && s < trees->size() ? (*trees)[s] : SentenceTree(*doc, s);
    record.parse_ok = ParsePennTree(record.parse, &record.tree).ok();
    if (!record.parse_ok) continue;
    record.config = dicts.config();
    for (const PetrarchEvent& pe : CodeSentence(dicts, record)) {
      Event e;
      e.sentence = s;
      e.cameo = pe.code;
      e.date = doc->date;
      const Sentence& sent = doc->sentences[s];
      for (const std::string* code : {&pe.source, &pe.target}) {
        if (code->empty() || *code == "---") {
          (code == &pe.source ? e.source : e.target) = kNone;
          continue;
        }
        ActorMention m;
        m.span = Span{sent.span.begin, sent.span.begin};  // PETRARCH gives no span
        m.first_token = sent.first_token;
        m.end_token = sent.first_token;
        m.sentence = s;
        m.kind = ActorKind::kAgent;
        m.code = *code;
        m.name = *code;
        m.country = CountryOf(*code);
        if (code->size() >= 6) m.role = code->substr(3, 3);
        doc->mentions.push_back(std::move(m));
        (code == &pe.source ? e.source : e.target) =
            static_cast<uint32_t>(doc->mentions.size() - 1);
      }
      doc->events.push_back(std::move(e));
    }
  }
}

}  // namespace dyad
