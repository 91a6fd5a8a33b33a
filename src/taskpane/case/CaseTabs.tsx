/**
 * The parts of a case as tabs that fit the pane: in a narrow pane (Outlook's is 320 pixels at
 * its narrowest) the tabs that do not fit go into a "More" menu instead of scrolling sideways;
 * the selected tab always stays in view (Fluent's Overflow).
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
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.key} id={tab.key} priority={tab.key === selected ? 2 : 1}>
            <Tab value={tab.key} aria-controls={panelId}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabs tabs={tabs} onSelect={onSelect} />
      </TabList>
    </Overflow>
  );
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
