/**
 * What the gate reads in a bot's own words. A disclosure must say the citizen is talking to AI
 * (GenAI guideline, limited-risk tier); a fallback must name a way to reach a person (PCPD: a
 * human can intervene). Both are checked in each language, since each reader sees only theirs.
 */
export const saysItIsAi = {
  en: (text: string) =>
    /\b(AI|A\.I\.|artificial intelligence|chatbot|virtual assistant|automated assistant|bot)\b/i.test(text),
  zh: (text: string) => /人工智能|人工智慧|AI|機械人|機器人|聊天機|智能助理|智能助手|虛擬助理/i.test(text),
};

/**
 * A phone number (4+ digits: 1823 is one), an e-mail or web address, or words naming a person or
 * office to contact. Text that only apologises ("Sorry, I cannot answer") offers no channel.
 */
export function offersHumanChannel(text: string): boolean {
  return (
    /\d[\d\s-]{2,}\d/.test(text) ||
    /\b(www\.|https?:\/\/)\S+/i.test(text) ||
    /\S+@\S+\.\S+/.test(text) ||
    /\b(officer|staff|human|person|agent|counter|hotline|call|phone|e-?mail|contact)\b/i.test(text) ||
    /致電|電話|熱線|電郵|聯絡|人員|真人|職員|櫃位|查詢處/.test(text)
  );
}
