/**
 * The parts of a case as tabs that fit the pane: in a narrow pane (Outlook's is 320 pixels at
 * its narrowest) the tabs that do not fit go into a "More" menu instead of scrolling sideways;
 * the selected tab always stays in view (Fluent's Overflow).
 *
 * Arrow keys move between the tabs here (roving tabindex: Tab enters on the selected one), not
 * through Fluent's focus manager, whose hidden focusable guards around the list are focusable
 * content under aria-hidden to assistive technology (axe: aria-hidden-focus).
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { KeyboardEvent } from "react";

export type CaseTab<K extends string> = { readonly key: K; readonly label: string };

export function CaseTabs<K extends string>(props: {
  readonly tabs: readonly CaseTab<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly panelId: string;
}) {
  const { tabs, selected, onSelect, panelId } = props;
  return (
    <Overflow minimumVisible={2}>
      <TabList
        selectedValue={selected}
        onTabSelect={(_e, d) => onSelect(d.value as K)}
        size="small"
        aria-label="Parts of the case"
        data-tabster={undefined}
        onKeyDown={moveAmongTabs}
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.key} id={tab.key} priority={tab.key === selected ? 2 : 1}>
            <Tab value={tab.key} aria-controls={panelId} tabIndex={tab.key === selected ? 0 : -1}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
}

const KEYS: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowDown: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  ArrowUp: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_at, count) => count - 1,
};

/** The ARIA tabs pattern's keys: arrows (wrapping), Home and End, over the tabs shown. */
function moveAmongTabs(event: KeyboardEvent<HTMLElement>) {
  const next = KEYS[event.key];
  if (!next) return;
  const shown = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')].filter(
    (tab) => tab.offsetParent !== null,
  );
  const at = shown.findIndex((tab) => tab === document.activeElement);
  if (at < 0 || shown.length === 0) return;
  event.preventDefault();
  shown[next(at, shown.length)]?.focus();
}

function MoreTabs<K extends string>(props: {
  readonly tabs: readonly CaseTab<K>[];
  readonly onSelect: (key: K) => void;
}) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        {/* role="tab": a tablist may hold only tabs (Fluent's own overflow example does this). */}
        <Button
          ref={ref}
          role="tab"
          tabIndex={-1}
          size="small"
          appearance="transparent"
          aria-label={`More parts of the case (${overflowCount})`}
        >
          More ({overflowCount})
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {props.tabs.map((tab) => (
            <HiddenTab key={tab.key} tab={tab} onSelect={props.onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTab<K extends string>(props: {
  readonly tab: CaseTab<K>;
  readonly onSelect: (key: K) => void;
}) {
  const visible = useIsOverflowItemVisible(props.tab.key);
  if (visible) return null;
  return <MenuItem onClick={() => props.onSelect(props.tab.key)}>{props.tab.label}</MenuItem>;
}
