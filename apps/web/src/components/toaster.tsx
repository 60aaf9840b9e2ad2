import {
  Toast,
  ToastClose,
  ToastDescription,
  ToastProvider,
  ToastTitle,
  ToastViewport,
} from '@/components/ui/toast';
import { useTranslation } from '@/lib/i18n/use-translation';
import { useToastStore } from '@/stores/toast.store';

/** Renders the toasts of the toast store; mounted once by the app provider. */
export function Toaster(): React.JSX.Element {
  const { t } = useTranslation();
  const toasts = useToastStore((state) => state.toasts);
  const dismiss = useToastStore((state) => state.dismiss);

  return (
    <ToastProvider label={t('common.close')}>
      {toasts.map((toast) => (
        <Toast
          key={toast.id}
          variant={toast.variant}
          duration={toast.variant === 'destructive' ? 8000 : 5000}
          onOpenChange={(open) => {
            if (!open) dismiss(toast.id);
          }}
        >
          <ToastTitle>{toast.title}</ToastTitle>
          {toast.description ? <ToastDescription>{toast.description}</ToastDescription> : null}
          <ToastClose aria-label={t('common.close')} />
        </Toast>
      ))}
      <ToastViewport />
    </ToastProvider>
  );
}
