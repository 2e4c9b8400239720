/**
 * Reading aloud with the device's own speech synthesis. Only voices that run on the device are
 * used: a network voice would send the page's words to a third party, which the visitor pages
 * never do. Without such a voice for her language, no listen button shows; the text stays.
 */
import { useEffect, useState } from "react";

const synth = (): SpeechSynthesis | null =>
  typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;

export function findVoice(language: string): SpeechSynthesisVoice | null {
  const voices = synth()?.getVoices() ?? [];
  const own = voices.filter(
    (voice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === language,
  );
  return own.find((voice) => voice.default) ?? own[0] ?? null;
}

/** The device voice for a language, once the browser has listed its voices (often late). */
export function useVoice(language: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => findVoice(language));
  useEffect(() => {
    const speech = synth();
    if (!speech) return;
    const update = () => setVoice(findVoice(language));
    update();
    speech.addEventListener("voiceschanged", update);
    return () => speech.removeEventListener("voiceschanged", update);
  }, [language]);
  return voice;
}

/** Speaks the text, stopping whatever was being read; calls onEnd when it finishes or is stopped. */
export function speak(text: string, voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const speech = synth();
  if (!speech) {
    onEnd();
    return;
  }
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = voice.lang;
  try {
    utterance.voice = voice;
  } catch {
    // Some engines refuse a voice object they did not make; the language still picks one.
  }
  utterance.rate = 0.9;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  speech.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}
