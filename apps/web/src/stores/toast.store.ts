import { create } from 'zustand';

export type ToastVariant = 'default' | 'success' | 'destructive';

export type ToastMessage = {
  id: number;
  title: string;
  description?: string;
  variant?: ToastVariant;
};

type ToastState = {
  toasts: ToastMessage[];
  dismiss: (id: number) => void;
};

let nextId = 1;

/** Short messages shown in the corner: a move refused, a link copied. */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}));

export function showToast(toast: Omit<ToastMessage, 'id'>): void {
  const id = nextId++;
  useToastStore.setState((state) => ({ toasts: [...state.toasts.slice(-3), { ...toast, id }] }));
}
