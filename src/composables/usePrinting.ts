/** True while the page is being printed (between `beforeprint` and `afterprint`). */
import { onBeforeUnmount, onMounted, ref } from 'vue'

export function usePrinting() {
  const printing = ref(false)
  const before = () => (printing.value = true)
  const after = () => (printing.value = false)
  onMounted(() => {
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeprint', before)
    window.removeEventListener('afterprint', after)
  })
  return printing
}
