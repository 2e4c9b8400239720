import { useEffect, useId, useRef, useState } from "react";
import { useI18n } from "../i18n";
import { speak, stopSpeaking, useVoice } from "../speech";
import { Icon } from "./Icon";

/**
 * Reads a block aloud in her language. A speaker picture (no words to read), named for screen
 * readers by its word and the block's heading ("Listen Tonight"); hidden when the device has no
 * voice of its own for the language.
 */
export function ListenButton({ text, labelledBy }: { text: string; labelledBy: string }) {
  const { language, t } = useI18n();
  const voice = useVoice(language);
  const [speaking, setSpeaking] = useState(false);
  const speakingRef = useRef(false);
  const id = useId();

  useEffect(
    () => () => {
      if (speakingRef.current) stopSpeaking();
    },
    [],
  );

  if (!voice) return null;

  const toggle = () => {
    if (speaking) {
      speakingRef.current = false;
      setSpeaking(false);
      stopSpeaking();
      return;
    }
    speakingRef.current = true;
    setSpeaking(true);
    speak(text, voice, () => {
      speakingRef.current = false;
      setSpeaking(false);
    });
  };

  return (
    <button type="button" className="listen" aria-labelledby={`${id} ${labelledBy}`} onClick={toggle}>
      <Icon name={speaking ? "stop" : "listen"} size={28} />
      <span id={id} className="sr-only">
        {speaking ? t("listen.stop") : t("listen.button")}
      </span>
    </button>
  );
}
