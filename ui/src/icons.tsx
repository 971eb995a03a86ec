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
