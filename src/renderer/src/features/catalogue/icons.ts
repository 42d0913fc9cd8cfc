import {
  Accessibility,
  Activity,
  Armchair,
  Bath,
  BatteryLow,
  Bed,
  BookOpen,
  CalendarCheck,
  CircleDot,
  CirclePause,
  Clock,
  Coffee,
  Cookie,
  CookingPot,
  CupSoda,
  DoorOpen,
  Droplets,
  Footprints,
  ForkKnife,
  Gauge,
  Grip,
  GripVertical,
  Hand,
  HandGrab,
  HandHeart,
  HandHelping,
  HikingStick,
  KeyRound,
  Link,
  ListChecks,
  ListOrdered,
  Mic,
  MicVocal,
  Moon,
  NotebookPen,
  OctagonPause,
  PenLine,
  PersonStanding,
  Plug,
  PlugZap,
  Puzzle,
  RefreshCw,
  Repeat,
  RobotVacuum,
  Scale,
  Scissors,
  Shield,
  Shirt,
  ShoppingBag,
  ShoppingCart,
  ShowerHead,
  SoapDispenserDroplet,
  Soup,
  SportShoe,
  Target,
  ThumbsUp,
  Timer,
  Toilet,
  TriangleAlert,
  Utensils,
  UtensilsCrossed,
  Weight,
} from 'lucide-static';

/**
 * The icons the built-in catalogue uses (lucide-static, the same set the handout draws),
 * offered when choosing an item's icon. Imported by name so only these are bundled.
 */
const ICON_SVGS: Record<string, string> = {
  accessibility: Accessibility,
  activity: Activity,
  armchair: Armchair,
  bath: Bath,
  'battery-low': BatteryLow,
  bed: Bed,
  'book-open': BookOpen,
  'calendar-check': CalendarCheck,
  'circle-dot': CircleDot,
  'circle-pause': CirclePause,
  clock: Clock,
  coffee: Coffee,
  cookie: Cookie,
  'cooking-pot': CookingPot,
  'cup-soda': CupSoda,
  'door-open': DoorOpen,
  droplets: Droplets,
  footprints: Footprints,
  'fork-knife': ForkKnife,
  gauge: Gauge,
  grip: Grip,
  'grip-vertical': GripVertical,
  hand: Hand,
  'hand-grab': HandGrab,
  'hand-heart': HandHeart,
  'hand-helping': HandHelping,
  'hiking-stick': HikingStick,
  'key-round': KeyRound,
  link: Link,
  'list-checks': ListChecks,
  'list-ordered': ListOrdered,
  mic: Mic,
  'mic-vocal': MicVocal,
  moon: Moon,
  'notebook-pen': NotebookPen,
  'octagon-pause': OctagonPause,
  'pen-line': PenLine,
  'person-standing': PersonStanding,
  plug: Plug,
  'plug-zap': PlugZap,
  puzzle: Puzzle,
  'refresh-cw': RefreshCw,
  repeat: Repeat,
  'robot-vacuum': RobotVacuum,
  scale: Scale,
  scissors: Scissors,
  shield: Shield,
  shirt: Shirt,
  'shopping-bag': ShoppingBag,
  'shopping-cart': ShoppingCart,
  'shower-head': ShowerHead,
  'soap-dispenser-droplet': SoapDispenserDroplet,
  soup: Soup,
  'sport-shoe': SportShoe,
  target: Target,
  'thumbs-up': ThumbsUp,
  timer: Timer,
  toilet: Toilet,
  'triangle-alert': TriangleAlert,
  utensils: Utensils,
  'utensils-crossed': UtensilsCrossed,
  weight: Weight,
};

export const ICON_NAMES = Object.keys(ICON_SVGS);

const cache = new Map<string, string>();

/** An icon as a data URL for an <img>, drawn in the given colour; null for an unknown name. */
export function iconUrl(name: string, colour = '#0b5cad'): string | null {
  const svg = ICON_SVGS[name];
  if (!svg) return null;
  const key = `${name}|${colour}`;
  let url = cache.get(key);
  if (!url) {
    url = `data:image/svg+xml,${encodeURIComponent(svg.trim().replaceAll('currentColor', colour))}`;
    cache.set(key, url);
  }
  return url;
}

/** "hand-helping" -> "Hand helping". */
export function iconLabel(name: string): string {
  const words = name.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
