import { useLayoutEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../../../lib/api.ts';
import { formatTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { linksAsText, readLinks } from '../../../../../src/knowledge/links.ts';
import { ListBubble, ListSheet } from './ListMessage.tsx';
import { WaText } from './WaText.tsx';
import { chatbotMessages } from './messages.ts';
import type { ChatItem } from './preview.ts';
import classes from './whatsapp.module.css';

/** What the bot sends while the article cannot be used (src/knowledge/chatbot.ts ARTICLE_UNAVAILABLE). */
const ARTICLE_UNAVAILABLE = 'Mohon maaf, informasi ini sedang diperbarui.';
const USABLE = ['published', 'needs_review', 'reviewed'];

interface Props {
  items: ChatItem[];
  /** 'text': a phone that does not show interactive lists gets the numbered body alone. */
  mode: 'list' | 'text';
  chosenId?: string | undefined;
  onPick: (rowId: string) => void;
}

function TextBubble({ text, time, user }: { text: string; time: string; user?: boolean }) {
  return (
    <div className={`${classes.bubble} ${user ? classes.user : ''}`}>
      <div className={classes.text}><WaText text={text} /></div>
      <span className={classes.time}>{time}</span>
    </div>
  );
}

function ArticleBubble({ id, fallback, time }: { id: number; fallback?: string | undefined; time: string }) {
  const t = useT(chatbotMessages);
  const article = useQuery({ queryKey: ['kb-article', id], queryFn: () => get<{ answer: string; links: unknown; status: string }>(`/api/knowledge/articles/${id}`), retry: false });
  if (article.isPending) return <div className={classes.note}>{t('loadingArticle')}</div>;
  const usable = article.data && USABLE.includes(article.data.status) && article.data.answer.trim() !== '';
  const links = usable ? linksAsText(readLinks(article.data?.links)) : '';
  const body = usable ? (links ? `${article.data?.answer}\n\n${links}` : article.data?.answer ?? '') : fallback ?? ARTICLE_UNAVAILABLE;
  return (
    <>
      <div className={classes.note}>{usable ? t('fromArticle', { id }) : t('articleUnusable', { id })}</div>
      <TextBubble text={body} time={time} />
    </>
  );
}

/** The selected node's conversation as the WhatsApp user sees it, in a phone frame. */
export function WhatsAppPreview({ items, mode, chosenId, onPick }: Props) {
  const t = useT(chatbotMessages);
  const time = formatTime(new Date());
  // A menu ends the conversation: its rows are open, as after a tap on its button; an answer stays in view.
  const last = items.at(-1);
  const [open, setOpen] = useState<number | null>(last && 'reply' in last && last.reply.type === 'list' ? items.length - 1 : null);
  const openItem = open === null ? undefined : items[open];
  // Like the phone: the newest message in view.
  const chat = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (chat.current) chat.current.scrollTop = chat.current.scrollHeight;
  });
  const sheetReply = mode === 'list' && openItem && 'reply' in openItem && openItem.reply.type === 'list' ? openItem.reply : undefined;
  return (
    <section className={classes.phone} aria-label={t('previewTitle')}>
      <div className={classes.header}>
        <span className={classes.avatar} aria-hidden>CC</span>
        <div>
          <div style={{ fontWeight: 600, fontSize: 14 }}>Contact Center DJPK</div>
          <div style={{ fontSize: 11, opacity: 0.85 }}>{t('businessAccount')}</div>
        </div>
      </div>
      <div className={classes.chat} ref={chat}>
        {items.map((item, index) => {
          if (item.from === 'user') return <TextBubble key={index} user time={time} text={item.description ? `${item.text}\n${item.description}` : item.text} />;
          if ('article' in item) return <ArticleBubble key={index} id={item.article.id} fallback={item.article.fallback} time={time} />;
          const reply = item.reply;
          if (reply.type === 'list' && mode === 'list') return <ListBubble key={index} reply={reply} time={time} onOpen={() => setOpen(index)} />;
          if (reply.type === 'buttons') return <TextBubble key={index} time={time} text={`${reply.body}\n\n${reply.buttons.map((b) => `[ ${b.title} ]`).join('  ')}`} />;
          return <TextBubble key={index} time={time} text={reply.body} />;
        })}
      </div>
      {sheetReply && (
        <ListSheet
          reply={sheetReply}
          selectedId={chosenId}
          closeLabel={t('close')}
          onClose={() => setOpen(null)}
          onPick={(rowId) => {
            setOpen(null);
            onPick(rowId);
          }}
        />
      )}
    </section>
  );
}
