import { useState } from 'react';
import { Anchor, Group, Image, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconPhotoOff } from '@tabler/icons-react';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.tsx';
import { messages } from './messages.ts';
import type { Attachment } from './types.ts';

const sizeOf = (bytes: number): string => (bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`);

/** An image shown inline (a link to the full file); when the file is not downloaded yet, a note. */
function InlineImage({ file }: { file: Attachment }) {
  const t = useT(messages);
  const [missing, setMissing] = useState(false);
  if (missing) {
    return (
      <Group gap={4} c="dimmed"><IconPhotoOff size={16} aria-hidden /><Text size="xs">{file.filename} · {t('notDownloaded')}</Text></Group>
    );
  }
  return (
    <Anchor href={file.url} target="_blank" rel="noopener" aria-label={t('download', { name: file.filename })}>
      <Image src={file.url} alt={file.filename} maw={260} mah={220} fit="contain" radius="sm" onError={() => setMissing(true)} />
    </Anchor>
  );
}

/** Files of one message: images inline, anything else as a download link (GET /api/attachments/:id). */
export function Attachments({ files }: { files: Attachment[] }) {
  const t = useT(messages);
  if (!files.length) return null;
  return (
    <Stack gap={6} mt={6}>
      {files.map((file) =>
        file.mime_type.startsWith('image/') ? (
          <InlineImage key={file.id} file={file} />
        ) : (
          <Anchor key={file.id} href={file.url} download={file.filename} size="sm" aria-label={t('download', { name: file.filename })}>
            <Group gap={4} wrap="nowrap">
              <IconPaperclip size={16} aria-hidden />
              <Text span size="sm" truncate>{file.filename}</Text>
              <Text span size="xs" c="dimmed">({sizeOf(file.size_bytes)})</Text>
            </Group>
          </Anchor>
        ),
      )}
    </Stack>
  );
}
