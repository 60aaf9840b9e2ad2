import { useFileContent } from '@/features/communications/api/get-file-content';
import { useObjectUrl } from '@/features/communications/hooks/use-object-url';

export type FileUrl = {
  url: string | null;
  isPending: boolean;
  isError: boolean;
  retry: () => void;
};

/** A stored file as a URL the page can put in `<img>`, `<audio>` or `<video>`. */
export function useFileUrl(fileId: string): FileUrl {
  const content = useFileContent(fileId);
  const url = useObjectUrl(content.data);
  const { refetch } = content;
  return {
    url,
    isPending: content.isPending,
    isError: content.isError,
    retry: () => void refetch(),
  };
}
