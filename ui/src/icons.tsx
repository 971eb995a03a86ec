/** Line icons drawn for Broadcast Desk (24×24, currentColor), so the UI needs no icon font or CDN. */
import type { JSX } from "preact";

type IconProps = { size?: number };

function Svg({ size = 18, children }: IconProps & { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

export const ComposeIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 20h4l10.5-10.5a2.1 2.1 0 0 0-3-3L5 17v3z" />
    <path d="M13.5 7.5l3 3" />
  </Svg>
);

export const ScheduleIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 7.5V12l3 2" />
  </Svg>
);

export const HistoryIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 6h16M4 12h16M4 18h10" />
  </Svg>
);

export const ProfilesIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="3.5" y="5" width="17" height="14" rx="2.5" />
    <path d="M7.5 10h5M7.5 14h9" />
  </Svg>
);

export const InfoIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 11v5M12 8h.01" />
  </Svg>
);

export const Mark = ({ size = 28 }: IconProps) => (
  <svg width={size} height={size} viewBox="0 0 1024 1024" aria-hidden="true">
    <rect x="64" y="64" width="896" height="896" rx="200" fill="#1f222b" />
    <g fill="none" stroke-linecap="round" stroke-width="64" stroke="#fff">
      <path d="M356 356a220 220 0 0 0 0 312M668 356a220 220 0 0 1 0 312" opacity="0.92" />
      <path d="M248 248a372 372 0 0 0 0 528M776 248a372 372 0 0 1 0 528" opacity="0.55" />
    </g>
    <circle cx="512" cy="512" r="92" fill="#ff4d4f" />
  </svg>
);

export const SandboxIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9.5 3.5h5M10.5 3.5v5.2L5.2 17.8A1.8 1.8 0 0 0 6.8 20.5h10.4a1.8 1.8 0 0 0 1.6-2.7L13.5 8.7V3.5" />
    <path d="M7.8 14h8.4" />
  </Svg>
);

export const PlusIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 5v14M5 12h14" />
  </Svg>
);

export const ChevronDownIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M7 10l5 5 5-5" />
  </Svg>
);

export const CheckIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Svg>
);

export const KeyIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="15" r="4" />
    <path d="M11 12l8.5-8.5M16.5 6.5l2.5 2.5M14 9l2 2" />
  </Svg>
);

export const PlugIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9 3.5v4M15 3.5v4M6.5 7.5h11v3a5.5 5.5 0 0 1-11 0v-3zM12 16v4.5" />
  </Svg>
);

export const SendIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 12l16-7.5-6 16-2.5-6.5L4 12z" />
    <path d="M11.5 14l8.5-9.5" />
  </Svg>
);

export const PinIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z" />
    <circle cx="12" cy="10" r="2.3" />
  </Svg>
);

export const AttachmentIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M7 3.5h6.5l4.5 4.5v12.5H7z" />
    <path d="M13.5 3.5V8H18" />
  </Svg>
);

/** A small spinning ring for buttons that are working; hidden from screen readers (aria-busy says it). */
export const Spinner = ({ size = 14 }: IconProps) => (
  <svg class="spinner" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="3" opacity="0.25" />
    <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
  </svg>
);

export const GlobeIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M3.5 12h17M12 3.5c2.4 2.4 3.6 5.2 3.6 8.5s-1.2 6.1-3.6 8.5M12 3.5C9.6 5.9 8.4 8.7 8.4 12s1.2 6.1 3.6 8.5" />
  </Svg>
);

/** An outcome that waits for the producer's decision. */
export const AlertIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3.5l9.5 16.5h-19L12 3.5z" />
    <path d="M12 10v4.5M12 17.5v.01" />
  </Svg>
);

/** The emergency button and panel: a siren. */
export const SirenIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M7 18v-5a5 5 0 0 1 10 0v5" />
    <path d="M4.5 18h15v2.5h-15z" />
    <path d="M12 3v2M4.2 6.2l1.4 1.4M19.8 6.2l-1.4 1.4" />
  </Svg>
);
