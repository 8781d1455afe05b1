import { defineBackground } from 'wxt/utils/define-background';
import { setupPanelBehavior } from '../lib/background/panel-behavior';

export default defineBackground(() => {
  void setupPanelBehavior();
});
