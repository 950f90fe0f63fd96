// Sentence by sentence: tagged tokens, chunks in brackets, clauses with their
// roles and framing, actor mentions and events.
#include "io/explain.h"

namespace dyad {
namespace {

std::string Range(const Document& doc, uint32_t first, uint32_t end) {
  if (first == kNone || end == kNone || first >= end) return "-";
  return std::string(doc.TokensText(first, end));
}

}  // namespace

void AppendExplanation(const Document& doc, std::string* out) {
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    *out += "# sentence " + std::to_string(s) + " (" +
            BlockKindName(doc.blocks[sent.block].kind) + (sent.codable ? "" : ", not coded") +
            ")\n  ";
    size_t c = 0;
    for (uint32_t t = sent.first_token; t < sent.end_token; ++t) {
      while (c < doc.chunks.size() && doc.chunks[c].end <= t) ++c;
      bool opens = c < doc.chunks.size() && doc.chunks[c].first == t;
      if (opens) {
        const char* k = "NP";
        switch (doc.chunks[c].kind) {
          case ChunkKind::kVerb: k = "VP"; break;
          case ChunkKind::kPrep: k = "PP"; break;
          case ChunkKind::kAdjective: k = "AP"; break;
          case ChunkKind::kAdverb: k = "AdvP"; break;
          default: break;
        }
        *out += std::string("[") + k + " ";
      }
      *out += std::string(doc.TokenText(t)) + "/" + TagName(doc.tokens[t].tag);
      if (doc.tokens[t].lemma != doc.TokenText(t)) *out += "/" + doc.tokens[t].lemma;
      if (c < doc.chunks.size() && doc.chunks[c].end == t + 1) *out += "]";
      *out += " ";
    }
    *out += "\n";
    for (const Clause& cl : doc.clauses) {
      if (cl.sentence != s) continue;
      *out += "  clause verb=" + std::string(doc.TokenText(cl.verb)) +
              " subj=" + Range(doc, cl.subject_first, cl.subject_end) +
              " obj=" + Range(doc, cl.object_first, cl.object_end) +
              " agent=" + Range(doc, cl.agent_first, cl.agent_end) +
              (cl.passive ? " passive" : "") + (cl.negated ? " negated" : "") +
              (cl.modality == Modality::kFuture ? " future"
               : cl.modality == Modality::kHypothetical ? " hypothetical" : "") +
              (cl.speaker != kNone ? " speaker=" + Range(doc, doc.chunks[cl.speaker].first,
                                                          doc.chunks[cl.speaker].end)
                                   : "") +
              " end=" + std::to_string(cl.end_token) + "\n";
    }
    for (const ActorMention& m : doc.mentions) {
      if (m.sentence != s) continue;
      *out += "  actor " + std::string(doc.Text(m.span)) + " => " + m.code + " (" + m.name + ")\n";
    }
    for (const Event& e : doc.events) {
      if (e.sentence != s) continue;
      *out += "  event " + e.cameo + " " +
              (e.source == kNone ? "-" : doc.mentions[e.source].code) + " -> " +
              (e.target == kNone ? "-" : doc.mentions[e.target].code) + " trigger=" +
              Range(doc, e.trigger_first, e.trigger_end) + "\n";
    }
  }
}

}  // namespace dyad
