import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoteContent } from '@/features/communications/components/note-content';

describe('NoteContent', () => {
  it('highlights the mentioned members and leaves the rest as typed', () => {
    const { container } = render(
      <p>
        <NoteContent
          content="@Mariana Lima, liga para o @João? @Outra Pessoa não."
          mentionNames={['Mariana Lima', 'João']}
        />
      </p>,
    );

    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      '@Mariana Lima',
      '@João',
    ]);
    expect(container).toHaveTextContent('@Mariana Lima, liga para o @João? @Outra Pessoa não.');
  });
});
