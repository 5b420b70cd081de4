import { IconList, IconX } from '@tabler/icons-react';
import type { BotReply } from './preview.ts';
import { WaText } from './WaText.tsx';
import classes from './whatsapp.module.css';

type ListReply = Extract<BotReply, { type: 'list' }>;

/** A WhatsApp list message: header, body and the button that opens its rows. */
export function ListBubble({ reply, time, onOpen }: { reply: ListReply; time: string; onOpen: () => void }) {
  return (
    <div className={classes.bubble}>
      {reply.header && <div className={classes.listHeader}>{reply.header}</div>}
      <div className={classes.text}><WaText text={reply.body} /></div>
      <span className={classes.time}>{time}</span>
      <button type="button" className={classes.listButton} onClick={onOpen} aria-haspopup="dialog">
        <IconList size={16} aria-hidden /> {reply.button}
      </button>
    </div>
  );
}

interface SheetProps {
  reply: ListReply;
  selectedId?: string | undefined;
  closeLabel: string;
  onClose: () => void;
  onPick: (rowId: string) => void;
}

/** The sheet a tap on the list button opens: the section title and its rows with radio circles. */
export function ListSheet({ reply, selectedId, closeLabel, onClose, onPick }: SheetProps) {
  return (
    <div className={classes.backdrop} onClick={onClose}>
      <div className={classes.sheet} role="dialog" aria-label={reply.button} onClick={(e) => e.stopPropagation()}>
        <div className={classes.sheetTitle}>
          <button type="button" className={classes.close} onClick={onClose} aria-label={closeLabel}><IconX size={18} aria-hidden /></button>
          {reply.button}
        </div>
        <div className={classes.sheetBody}>
          {reply.sections.map((section) => (
            <div key={section.title}>
              {section.title && <div className={classes.section}>{section.title}</div>}
              {section.rows.map((row) => (
                <button key={row.id} type="button" className={classes.row} onClick={() => onPick(row.id)} aria-pressed={row.id === selectedId}>
                  <span className={classes.rowText}>
                    <span className={classes.rowTitle}>{row.title}</span>
                    {row.description && <span className={classes.rowDescription}><br />{row.description}</span>}
                  </span>
                  <span className={`${classes.radio} ${row.id === selectedId ? classes.radioOn : ''}`} aria-hidden />
                </button>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
