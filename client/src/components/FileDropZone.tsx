import { Box, Button, Group, Input, Text } from '@mantine/core';
import { type DragEvent, useId, useRef, useState } from 'react';

interface FileDropZoneProps {
  label: string;
  /** What can be dropped, in words: ".txt, .md, .csv, .html or .pdf". */
  hint: string;
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
  error?: string;
}

/** Drag a file onto the zone, or choose one with the button (the keyboard path). */
export function FileDropZone({ label, hint, accept, file, onFile, error }: FileDropZoneProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <Input.Wrapper label={label} error={error} labelProps={{ htmlFor: inputId }}>
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        p="lg"
        mt={4}
        style={{
          border: `2px dashed var(--mantine-color-${error ? 'red-6' : dragging ? 'indigo-5' : 'default-border'})`,
          borderRadius: 'var(--mantine-radius-md)',
          background: dragging ? 'var(--mantine-color-indigo-light)' : undefined,
          textAlign: 'center',
        }}
      >
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={accept}
          hidden
          aria-invalid={error ? true : undefined}
          onChange={(event) => onFile(event.currentTarget.files?.[0] ?? null)}
        />
        {file ? (
          <Group justify="center" gap="sm">
            <Text size="sm" fw={500}>
              {file.name}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={() => input.current?.click()}>
              Choose another
            </Button>
          </Group>
        ) : (
          <>
            <Text size="sm">Drag a file here, or</Text>
            <Button variant="light" size="xs" mt={6} onClick={() => input.current?.click()}>
              Choose a file
            </Button>
          </>
        )}
        <Text size="xs" c="dimmed" mt={6}>
          {hint}
        </Text>
      </Box>
    </Input.Wrapper>
  );
}
